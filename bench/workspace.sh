#!/usr/bin/env bash
# The staff workspace under volume (issue 18): each staff list page, and the inbox once it exists,
# by CLIENTS clients signed in as the person who reads it (the Astana approver, the Astana House
# manager for the inbox, the administrator for the audit trail and the staff accounts), measured in
# one run first on the demo data, then after 10,000 NGOs and 100,000 bookings (with 20,000 audit
# lines, 9,000 filings and 200 lease applications) were added to the approver's region (KZ-71,
# in 20 more rooms of House 1). Prints per page req/s demo, req/s volume and volume ÷ demo (goal
# ≥ 0.5), p50/p99 and bytes per answer.
#   bash bench/workspace.sh
# Settings (environment): CLIENTS=4 WARMUP=3 SECONDS_PER_TARGET=10 TIMEOUT=30 ACCEPT_ENCODING=gzip
#   PAGES="approver:staff/ngos.xhtml …" (who:path, who = approver, manager or admin; a page that
#   answers 404, not built yet, is left out and said so).
# The volume data is the tests' VolumeData (target/test-classes), written in SQL while the server
# is stopped. Runs a private copy of the provisioned WildFly on 127.0.0.1:8180 (offset 100;
# PORT_OFFSET=n for another) with a fresh H2 file and the demo data, -Xmx512m as in calendar.sh.
# Loopback only; stops by itself; every phase is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${CLIENTS:-4}
warmup=${WARMUP:-3}
seconds=${SECONDS_PER_TARGET:-10}
pages=${PAGES:-approver:staff/ngos.xhtml approver:staff/bookings.xhtml approver:staff/leases.xhtml admin:admin/audit.xhtml admin:admin/staff.xhtml manager:staff/inbox.xhtml manager:api/me/inbox approver:staff/inbox.xhtml}
region=KZ-71
house=1

bench_name=workspace
bench_needs=target/test-classes/kz/housesofdemocracy/testing/VolumeData.class
# shellcheck source=bench/server.sh
source bench/server.sh

url="jdbc:h2:$work/data/h2/hod;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
base=http://127.0.0.1:$port/
began=$SECONDS

echo "Phase 1: the demo data"
start_server
java -cp target/test-classes bench/WorkspaceBench.java load "$base" demo "$clients" "$warmup" "$seconds" "$pages" "$work/result-demo"
stop_server

echo "Phase 2: 10,000 NGOs and 100,000 bookings into $region (House $house), server stopped"
java -Xmx1g -cp "$h2_jar:target/test-classes" bench/WorkspaceBench.java volume "$url" "$region" "$house"

echo "Phase 3: the same pages with the volume"
start_server
java -cp target/test-classes bench/WorkspaceBench.java load "$base" volume "$clients" "$warmup" "$seconds" "$pages" "$work/result-volume"
stop_server

echo
echo "Summary, $clients clients per page (req/s; p50 / p99 ms; bytes per answer):"
printf '  %-34s %10s %10s %7s   %-19s %-19s %s\n' page "demo" "volume" "ratio" "p50/p99 demo" "p50/p99 volume" "bytes demo → volume"
paste -d'|' "$work/result-demo" "$work/result-volume" | awk -F'|' '
    $2 == "absent" || $9 == "absent" { printf "  %-34s not there (404): left out\n", $1; next }
    {
        ratio = $2 > 0 ? $9 / $2 : 0
        mark = ratio >= 0.5 ? " " : "!"
        errors = $5 + $12 > 0 ? "  errors " $5 "/" $12 : ""
        printf "  %-34s %10.1f %10.1f %7.2f%s  %8.1f/%-8.1f  %8.1f/%-8.1f  %s → %s%s\n", $1, $2, $9, ratio, mark, $3, $4, $10, $11, $6, $13, errors
    }'
echo "  (ratio = volume ÷ demo, goal ≥ 0.5; ! marks a page below it; whole run: $((SECONDS - began)) s)"
grep -c "OutOfMemoryError" "$work/server.out" | sed 's/^/  OutOfMemoryError lines in the server log over the run: /' || true
