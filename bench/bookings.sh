#!/usr/bin/env bash
# Booking throughput: the application's REST booking call ÷ the same booking in raw JDBC, on the
# same H2 file with the same durability settings, measured side by side in one run.
#   bash bench/bookings.sh
# Builds the WAR and the provisioned WildFly if needed, runs a private copy of the server on
# port 8180 (loopback only), books through REST, stops the server, then books the same way in raw
# JDBC on the very same database file. Prints the figures and the ratio; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d /tmp/hod-bench.XXXXXX)
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

# A private server base: the build's server stays untouched for the tests.
cp -r target/server/standalone "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
touch "$work/standalone/deployments/ROOT.war.dodeploy"

export LAUNCH_JBOSS_IN_BACKGROUND=1 # the script passes signals on to the server's JVM
# WildFly's own defaults, plus anything in BENCH_JVM_OPTS (e.g. a flight recording for profiling).
export JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"
echo "Starting WildFly on 127.0.0.1:8180 with a fresh database in $work/data…"
target/server/bin/standalone.sh \
    -Djboss.server.base.dir="$work/standalone" \
    --read-only-server-config=standalone.xml \
    -Djboss.socket.binding.port-offset=100 \
    -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:8180 -Dhod.mail.outbox=true \
    -Dhod.throttle.freeFailures=100000 \
    > "$work/server.out" 2>&1 &
server_pid=$!

base=http://127.0.0.1:8180/
for _ in $(seq 1 120); do
    if [ -f "$work/standalone/deployments/ROOT.war.deployed" ]; then break; fi
    if [ -f "$work/standalone/deployments/ROOT.war.failed" ]; then
        echo "Deployment failed:"; tail -50 "$work/server.out"; exit 1
    fi
    sleep 1
done
[ -f "$work/standalone/deployments/ROOT.war.deployed" ] || { echo "Server did not start in 120 s"; tail -50 "$work/server.out"; exit 1; }

echo "Phase 1: REST booking requests"
java bench/BookingBench.java rest "$base" "$work/state"
java_pid=$(pgrep -f "java .*jboss.server.base.dir=$work/standalone" | head -1 || true)
if [ -n "$java_pid" ]; then
    rss_kib=$(ps -o rss= -p "$java_pid" | tr -d ' ')
    echo "  server resident memory after the run: $((rss_kib / 1024)) MiB"
fi

echo "Stopping WildFly (the JDBC phase opens the same file embedded)…"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
for _ in $(seq 1 30); do
    pgrep -f "jboss.server.base.dir=$work/standalone" >/dev/null || break
    sleep 1
done

echo "Phase 2: raw JDBC on the same database file"
java -cp "$h2_jar" bench/BookingBench.java jdbc \
    "jdbc:h2:$work/data/h2/hod;WRITE_DELAY=0;LOCK_TIMEOUT=10000" "$work/state"
