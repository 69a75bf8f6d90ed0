#!/usr/bin/env bash
# The staff and public pages on "a year in the life" ÷ the same pages on the small demo (issue 22):
# each page by CLIENTS clients (staff signed in as the demo's Astana approver, Astana House manager
# or the administrator; public pages as a visitor), first on the demo data, then on a fresh database
# with -Dhod.demo=country (20 Houses, ~2,000 NGOs, a year of bookings). Prints per page req/s demo,
# req/s country and country ÷ demo (goal ≥ 0.5), p50/p99 and bytes per answer.
#   bash bench/country-pages.sh                 # H2
#   DB=postgresql bash bench/country-pages.sh   # a fresh PostgreSQL database per phase
# Settings: CLIENTS=4 WARMUP=3 SECONDS_PER_TARGET=8 SEED=2026 PAGES="who:path …".
# Runs a private copy of the provisioned WildFly on 127.0.0.1:8180 (PORT_OFFSET=n for another);
# loopback only; stops by itself; every phase is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${CLIENTS:-4}
warmup=${WARMUP:-3}
seconds=${SECONDS_PER_TARGET:-8}
pages=${PAGES:-public:index.xhtml public:public/house.xhtml?id=1 public:public/calendar.xhtml?house=1 public:public/events.xhtml public:public/ngo-counts.xhtml approver:staff/ngos.xhtml approver:staff/bookings.xhtml approver:staff/leases.xhtml manager:staff/inbox.xhtml manager:staff/house.xhtml?id=1 admin:admin/audit.xhtml admin:staff/reports.xhtml admin:api/reports/occupancy/2026}

bench_name=country-pages
BENCH_JVM_OPTS="${BENCH_JVM_OPTS:-} -Dhod.demo.seed=${SEED:-2026}"
# shellcheck source=bench/server.sh
source bench/server.sh
base=http://127.0.0.1:$port/
began=$SECONDS

echo "Phase 1: the demo data"
HOD_DEMO=true
start_server
java -cp target/test-classes bench/WorkspaceBench.java load "$base" demo "$clients" "$warmup" "$seconds" "$pages" "$work/result-demo"
stop_server

echo "Phase 2: a year in the life (-Dhod.demo=country, seed ${SEED:-2026}) on a fresh database"
rm -rf "$work/data"
if [ "${DB:-h2}" = postgresql ]; then
    PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" \
        -c "CREATE DATABASE $pg_db" >/dev/null
fi
HOD_DEMO=country
start_server
grep -a "Country data" "$work/server.out" | tail -1 | sed 's/.*Country data/  country:/' || true
java -cp target/test-classes bench/WorkspaceBench.java load "$base" country "$clients" "$warmup" "$seconds" "$pages" "$work/result-country"
stop_server

echo
echo "Summary, $clients clients per page (req/s; p50 / p99 ms; bytes per answer):"
printf '  %-40s %9s %9s %7s   %-19s %-19s %s\n' page "demo" "country" "ratio" "p50/p99 demo" "p50/p99 country" "bytes demo → country"
paste -d'|' "$work/result-demo" "$work/result-country" | awk -F'|' '
    $2 == "absent" || $9 == "absent" { printf "  %-40s not there (404): left out\n", $1; next }
    {
        ratio = $2 > 0 ? $9 / $2 : 0
        mark = ratio >= 0.5 ? " " : "!"
        errors = $5 + $12 > 0 ? "  errors " $5 "/" $12 : ""
        printf "  %-40s %9.1f %9.1f %7.2f%s  %8.1f/%-8.1f  %8.1f/%-8.1f  %s → %s%s\n", $1, $2, $9, ratio, mark, $3, $4, $10, $11, $6, $13, errors
    }'
echo "  (ratio = country ÷ demo, goal ≥ 0.5; ! marks a page below it; load $(cut -d' ' -f1-3 /proc/loadavg); whole run: $((SECONDS - began)) s)"
