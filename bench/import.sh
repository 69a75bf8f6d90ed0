#!/usr/bin/env bash
# The NGO import (issue 22): rows per second of upload, dry run and apply through REST, and the
# server's heap beside them, for files of ROWS rows each (default "5000 20000 40000": three sizes in one run,
# so "growth independent of file size" is read off side by side). The heap is sampled with jstat
# every 200 ms; growth = the highest used heap (young + old, garbage included: an upper bound on what
# the import holds) during a phase minus the used heap right after a full GC before the file; beside
# it the old generation's growth (what outlived young collections) and what is still held after a
# full GC once the file is done (a leak would show there).
# Goal: growth ≤ 100 MB whatever the size.
#   bash bench/import.sh              # H2
#   DB=postgresql bash bench/import.sh
# Runs a private copy of the provisioned WildFly on 127.0.0.1:8180 (-Xmx512m, demo data; PORT_OFFSET=n
# for another port); loopback only; stops by itself (each job is polled for at most 20 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${ROWS:-5000 20000 40000}
bench_name=import
# shellcheck source=bench/server.sh
source bench/server.sh
base=http://127.0.0.1:$port/
began=$SECONDS

start_server
prefix=150440 # BINs registered in April 2015, head offices: YYMM 1504, type 4, unit 0
for rows in $sizes; do
    echo "File of $rows rows:"
    jcmd "$java_pid" GC.run >/dev/null
    sleep 2
    baseline=$(jstat -gc "$java_pid" | awk 'NR==2 { printf "%.0f %.0f", ($3+$4+$6+$8)/1024, $8/1024 }')
    echo "upload" > "$work/phase"
    ( while kill -0 "$java_pid" 2>/dev/null; do
          p=$(cat "$work/phase" 2>/dev/null || echo "?")
          [ "$p" = done ] && break
          jstat -gc "$java_pid" | awk -v p="$p" 'NR==2 { printf "%s %.0f %.0f\n", p, ($3+$4+$6+$8)/1024, $8/1024 }'
          sleep 0.2
      done > "$work/heap-$rows" ) &
    sampler=$!
    java bench/ImportBench.java "$base" "$rows" "$prefix" "$work"
    wait "$sampler" || true
    awk -v b="${baseline% *}" -v o="${baseline#* }" '{ if ($2 > max[$1]) max[$1] = $2; if ($3 > old[$1]) old[$1] = $3 } END {
        printf "  heap: %d MB used (old generation %d MB) after a full GC before the file\n", b, o
        for (p in max) printf "    %-8s highest used +%d MB, highest old generation +%d MB\n", p, max[p] - b, old[p] - o }' "$work/heap-$rows"
    jcmd "$java_pid" GC.run >/dev/null
    sleep 2
    jstat -gc "$java_pid" | awk -v b="${baseline% *}" 'NR==2 { printf "    after the file and a full GC: +%d MB still held\n", ($3+$4+$6+$8)/1024 - b }'
    prefix=$((prefix + 10000)) # the next file: other BINs (registered a year later)
done
stop_server
echo "  (load $(cut -d' ' -f1-3 /proc/loadavg); whole run: $((SECONDS - began)) s)"
