#!/usr/bin/env bash
# The House calendar under load (issue 17): the anonymous day view of a 20-room and a 200-room
# House (a third of the day's half-hour slots booked) beside the REST floor (anonymous GET /api/me),
# 8 clients each keeping its own cookies, measured in one run at a small (~3,000 bookings) and a
# large (~3,000,000) booking history; optionally a soak of the 200-room view at the default heap.
#   bash bench/calendar.sh                 (load at both sizes, ~10 min)
#   bash bench/calendar.sh --soak          (and a 600 s soak on the small database)
#   SOAK_SECONDS=120 bash bench/calendar.sh --soak
# Settings (environment): CLIENTS=8 WARMUP=5 SECONDS_PER_TARGET=20 SMALL=3000 LARGE=3000000
#   SIZES="small large" (or just "small") ACCEPT_ENCODING=gzip (what the clients ask for; "" for
#   none) DAY=YYYY-MM-DD (the measured day; default: the first working day 3+ days ahead)
#   TIMEOUT=30 (seconds; a slower answer counts as an error).
# A target's phase lasts its fixed time plus at most one TIMEOUT for the requests still running.
# Runs a private copy of the provisioned WildFly on 127.0.0.1:8180 (offset 100; PORT_OFFSET=n for another) with a fresh H2
# file and the demo data, -Xmx512m as in bookings.sh; the data is written in SQL while the server
# is stopped. Stops by itself; every phase is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${CLIENTS:-8}
warmup=${WARMUP:-5}
seconds=${SECONDS_PER_TARGET:-20}
small=${SMALL:-3000}
large=${LARGE:-3000000}
sizes=${SIZES:-small large}
soak=
if [ "${1:-}" = "--soak" ]; then soak=${SOAK_SECONDS:-600}; fi

bench_name=calendar
# shellcheck source=bench/server.sh
source bench/server.sh

# Heap used after a full GC, in MB ("gone" when the server is no longer there).
heap_mb() {
    if ! jcmd "$java_pid" GC.run >/dev/null 2>&1; then echo gone; return; fi
    sleep 1
    # young + old generation in use, whatever the collector (jstat names its columns)
    jstat -gc "$java_pid" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
        NR == 2 { printf "%.1f\n", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}

url="jdbc:h2:$work/data/h2/hod;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
base=http://127.0.0.1:$port/
began=$SECONDS
echo "Phase 0: schema and demo data (one boot), then the benchmark's Houses, NGOs, day and history in SQL"
start_server
stop_server
java -Xmx1g -cp "$h2_jar" bench/CalendarBench.java setup "$url" "$work/state" "$small"

for size in $sizes; do
    if [ "$size" = large ]; then
        echo "Phase: growing the history to $large bookings (server stopped)"
        java -Xmx2g -cp "$h2_jar" bench/CalendarBench.java history "$url" "$work/state" "$large"
    fi
    echo "Phase: load on the $size database"
    start_server
    java bench/CalendarBench.java load "$base" "$work/state" "$size" "$clients" "$warmup" "$seconds" "$work/result-$size"
    echo "  server heap used after a full GC: $(heap_mb) MB; resident memory $(( $(ps -o rss= -p "$java_pid" | tr -d ' ') / 1024 )) MiB"
    if [ "$size" = small ] && [ -n "$soak" ]; then
        echo "Phase: soak, $clients clients on the 200-room day view for $soak s at -Xmx512m"
        before=$(heap_mb)
        java bench/CalendarBench.java soak "$base" "$work/state" "$clients" "$soak"
        after=$(heap_mb)
        if [ "$before" = gone ] || [ "$after" = gone ]; then
            echo "SOAK heap after a full GC: start $before MB, end $after MB: server gone (goal: within 50 MB)"
        else
            echo "SOAK heap after a full GC: start $before MB, end $after MB, growth $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", a - b }') MB (goal ≤ 50)"
        fi
        grep -c "OutOfMemoryError" "$work/server.out" | sed 's/^/  OutOfMemoryError lines in the server log: /' || true
    fi
    stop_server
done

echo
echo "Summary (requests/s, p50 ms, p99 ms, errors, bytes per response), $clients clients:"
for size in $sizes; do
    [ -f "$work/result-$size" ] || continue
    awk -F'|' -v s="$size" '{ printf "  %-6s %-19s %8s/s  p50 %7s  p99 %7s  errors %s  %s B\n", s, $1, $2, $3, $4, $5, $6 }' "$work/result-$size"
done
if [ -f "$work/result-small" ] && [ -f "$work/result-large" ]; then
    paste -d'|' "$work/result-small" "$work/result-large" | awk -F'|' 'NR > 1 { printf "  %s: large ÷ small throughput = %.2f (the goal: the same)\n", $1, $8 / $2 }'
fi
echo "  (whole run: $((SECONDS - began)) s)"
grep -c "OutOfMemoryError" "$work/server.out" | sed 's/^/  OutOfMemoryError lines in the server log over the run: /' || true
