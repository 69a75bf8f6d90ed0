#!/usr/bin/env bash
# Nothing acknowledged is lost: WildFly killed with SIGKILL 20 times during booking load, on H2
# (default) or PostgreSQL (DB=postgresql). Every booking answered 201 is written down by the client
# at once; after the last restart each is looked up. Loopback only; bounded (about 20 × 20 s).
#   bash bench/crash.sh                 DB=postgresql bash bench/crash.sh          ROUNDS=5 …
set -euo pipefail
cd "$(dirname "$0")/.."
db=${DB:-h2}
rounds=${ROUNDS:-20}

work=$(mktemp -d /tmp/hod-crash.XXXXXX)
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -9 "$server_pid" 2>/dev/null || true; fi
    pkill -9 -f "jboss.server.base.dir=$work/standalone" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

server=target/server
extra=()
if [ "$db" = postgresql ]; then
    server=target/server-pg
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS hod_crash'" >/dev/null
    su postgres -c "createdb -O hod hod_crash"
    extra=(-Dhod.db.url=jdbc:postgresql://127.0.0.1:5432/hod_crash)
fi
if [ ! -f target/houses-of-democracy.war ] || [ ! -d "$server" ]; then
    mvn -q -B -DskipTests package
fi
cp -r "$server/standalone" "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
mkdir -p "$work/classes"
javac -d "$work/classes" bench/BookingBench.java bench/CrashBench.java
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
base=http://127.0.0.1:8180/

start() {
    rm -f "$work/standalone/deployments/ROOT.war."*
    touch "$work/standalone/deployments/ROOT.war.dodeploy"
    "$server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" \
        --read-only-server-config=standalone.xml -Djboss.socket.binding.port-offset=100 \
        -b 127.0.0.1 -bmanagement 127.0.0.1 -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:8180 \
        -Dhod.mail.outbox=true -Dhod.throttle.freeFailures=100000 "${extra[@]}" >> "$work/server.out" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 120); do
        [ -f "$work/standalone/deployments/ROOT.war.deployed" ] && return
        [ -f "$work/standalone/deployments/ROOT.war.failed" ] && { tail -40 "$work/server.out"; exit 1; }
        sleep 0.5
    done
    echo "no deployment in 60 s"; tail -40 "$work/server.out"; exit 1
}

kill9() {
    local java_pid
    java_pid=$(pgrep -f "java .*jboss.server.base.dir=$work/standalone" | head -1 || true)
    [ -n "$java_pid" ] && kill -9 "$java_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

echo "Database: $db; $rounds kills during booking load"
start
java -cp "$work/classes" CrashBench setup "$base" "$work/state" "$rounds"
for r in $(seq 0 $((rounds - 1))); do
    [ "$r" -gt 0 ] && start
    java -cp "$work/classes" CrashBench load "$base" "$work/state" "$r" "$work/acked" &
    load_pid=$!
    sleep "$(awk -v s="$RANDOM" 'BEGIN { printf "%.1f", 2 + (s % 40) / 10 }')"
    kill9
    wait "$load_pid" || true
done
start
java -cp "$work/classes" CrashBench check "$base" "$work/state" "$work/acked"
read -r acked lost < "$work/acked.result" || true
echo "Result ($db): $acked bookings acknowledged across $rounds SIGKILLs, $lost lost"
