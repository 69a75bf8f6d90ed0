#!/usr/bin/env bash
# "A year in the life" (issue 22) on a private server: starts the provisioned WildFly on
# 127.0.0.1:8180 with -Dhod.demo=country (a fresh H2 file in a temp directory, or with
# DB=postgresql a fresh PostgreSQL database, PG_DB=hod_bench), waits until the deployment is up,
# which is when the country is written (CountryData loads it synchronously at start-up), and prints
# the load time and the counts.
#   bash bench/country.sh                      # H2; SEED=… picks another country (default 2026)
#   DB=postgresql bash bench/country.sh
# Other benchmarks source it to get the country server and then use start_server/stop_server,
# $port and $work from bench/server.sh:
#   bench_name=pages-country source bench/country.sh   # returns with the server running
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bench_name=${bench_name:-country}
HOD_DEMO=country
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:-} -Dhod.demo.seed=${SEED:-2026}"
# shellcheck source=bench/server.sh
source bench/server.sh

# The counts the country's server logged once loaded, and what its REST API sees.
country_counts() {
    grep -a "Country data" "$work/server.out" | tail -1 | sed 's/.*Country data/  country:/'
    local houses
    houses=$(curl -s "http://127.0.0.1:$port/api/houses" | grep -o '"id"' | wc -l)
    echo "  GET /api/houses lists $houses Houses"
    grep -a "  Country: " "$work/server.out" | tail -1 | sed 's/^.*  Country: /  banner: Country: /' || true
    echo "  ERROR lines in the server log: $(grep -ac ' ERROR ' "$work/server.out" || true)"
    if [ -n "${COUNTRY_LOG:-}" ]; then cp "$work/server.out" "$COUNTRY_LOG"; fi
}

echo "Starting the country on 127.0.0.1:$port (${DB:-h2}, seed ${SEED:-2026})…"
start_server
country_counts

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
    return 0 # sourced: the caller uses the running server and stops it
fi
stop_server
