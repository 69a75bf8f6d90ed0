#!/usr/bin/env bash
# The national annual report over 1,000,000 bookings (20 regions, 10 years): the application's
# report through REST ÷ the plain SQL GROUP BY statements that sum the same bookings, on the same
# H2 file, measured side by side in one run. Also prints the report's SQL statements and the bytes
# it allocated, and the server's heap before and after (after a full GC).
#   bash bench/reports.sh            (BOOKINGS=200000 bash bench/reports.sh for a quicker run)
# Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bookings=${BOOKINGS:-1000000}
year=${YEAR:-2025}
runs=${RUNS:-5}

work=$(mktemp -d /tmp/hod-reports.XXXXXX)
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if [ ! -f target/houses-of-democracy.war ] || [ ! -d target/server ]; then
    echo "Building (mvn -q -DskipTests package)…"
    mvn -q -B -DskipTests package
fi
h2_jar=$(ls target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -1)
cp -r target/server/standalone "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"

start_server() {
    rm -f "$work/standalone/deployments/"ROOT.war.*
    cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
    touch "$work/standalone/deployments/ROOT.war.dodeploy"
    target/server/bin/standalone.sh \
        -Djboss.server.base.dir="$work/standalone" \
        --read-only-server-config=standalone.xml \
        -Djboss.socket.binding.port-offset=100 \
        -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:8180 -Dhod.mail.outbox=true \
        >> "$work/server.out" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 180); do
        if [ -f "$work/standalone/deployments/ROOT.war.deployed" ]; then return; fi
        if [ -f "$work/standalone/deployments/ROOT.war.failed" ]; then
            echo "Deployment failed:"; tail -50 "$work/server.out"; exit 1
        fi
        sleep 1
    done
    echo "Server did not start in 180 s"; tail -50 "$work/server.out"; exit 1
}

stop_server() {
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
    for _ in $(seq 1 30); do
        pgrep -f "jboss.server.base.dir=$work/standalone" >/dev/null || break
        sleep 1
    done
}

url="jdbc:h2:$work/data/h2/hod;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
echo "Phase 0: the schema and demo data (one boot), then $bookings bookings in JDBC"
start_server
stop_server
java -cp "$h2_jar" bench/ReportBench.java generate "$url" "$bookings"

echo "Phase 1: the national report for $year through the application (REST, administrator)"
start_server
base=http://127.0.0.1:8180/
java_pid=$(pgrep -f "java .*jboss.server.base.dir=$work/standalone" | head -1)
heap() { jcmd "$java_pid" GC.run >/dev/null; sleep 1; jcmd "$java_pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'; }
before=$(heap)
java bench/ReportBench.java app "$base" "$year" "$runs" "$work/app"
after=$(heap)
echo "  server heap used after a full GC: before $before, after $after"
stop_server

echo "Phase 2: the plain SQL GROUP BY on the same file"
java -cp "$h2_jar" bench/ReportBench.java sql "$url" "$year" "$runs" "$work/sql"

read -r app_ms statements allocated < "$work/app" || true
sql_ms=$(cat "$work/sql")
echo
echo "Result: national report $year over $bookings bookings"
echo "  application ${app_ms} ms, plain SQL ${sql_ms} ms: ratio $(awk -v a="$app_ms" -v s="$sql_ms" 'BEGIN { printf "%.2f", a / s }') (goal ≤ 2)"
echo "  statements: $statements (goal ≤ 5); allocated while computing: $((allocated / 1000000)) MB; heap after GC: $before → $after (goal: growth ≤ 50 MB)"
