#!/usr/bin/env bash
# Booking throughput over hundreds of NGOs at the default quotas (issue 22): the application's REST
# booking call ÷ raw JDBC doing the same lock-count-insert, on the same database, in alternating
# rounds (REST 1, JDBC 1, REST 2, JDBC 2, …) so that a busy machine slows both sides alike.
#   DB=h2 bash bench/bookings.sh            (the default; ROUNDS=2, PER_THREAD=400, WARM_UP=300)
#   HTTP=1.1 DB=h2 bash bench/bookings.sh   (the clients speak HTTP/1.1 instead of the JDK's HTTP/2)
#   DB=postgresql bash bench/bookings.sh    (a scratch database hodbench_bookings on the local
#                                            PostgreSQL 15, created and dropped here)
# A private copy of the provisioned WildFly on 127.0.0.1:8180 (loopback only) boots once with the
# demo data for the schema; then 1,600 eligible NGOs per round (verified, filed, a significant area)
# and 8 client accounts are written in SQL. Each round of each side first warms up (8 clients or
# threads, WARM_UP bookings each, in rooms and for NGOs of their own), then is measured: 8 clients
# book PER_THREAD slots each through REST, NGO after NGO over 400 NGOs, and 8 JDBC threads do the
# same for 400 other NGOs. H2 is a file the server holds: the server is stopped for each JDBC round
# and started again after it.
# Prints each round, the load average beside it, and the ratio of the means.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${DB:-h2}
rounds=${ROUNDS:-2}
per_thread=${PER_THREAD:-400}
warm_up=${WARM_UP:-300}
offset=100
port=$((8080 + offset))
base=http://127.0.0.1:$port/
pg_db=hodbench_bookings

work=$(mktemp -d /tmp/hod-bench-bookings.XXXXXX)
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "$db" = postgresql ]; then
        PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "Port $port is taken (another benchmark?); not starting a second server."; exit 1
fi
if [ ! -f target/houses-of-democracy.war ] || [ ! -d target/server/bin ] || [ ! -d target/server-pg/bin ]; then
    echo "Building (mvn -q -DskipTests package)…"
    mvn -q -B -DskipTests package
fi
if [ "$db" = postgresql ]; then
    server=target/server-pg
    url="jdbc:postgresql://127.0.0.1:5432/$pg_db"
    driver=$(find target/server-pg/modules -name 'postgresql-*.jar' | head -1)
    extra=(-Dhod.db.url="$url")
    pg_ctlcluster 15 main status >/dev/null 2>&1 || { echo "PostgreSQL 15 is not running (pg_ctlcluster 15 main start)"; exit 1; }
    PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null
    PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "CREATE DATABASE $pg_db" >/dev/null
else
    server=target/server
    url="jdbc:h2:$work/data/h2/hod;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
    driver=$(ls target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -1)
    extra=()
fi
mkdir -p "$work/classes"
javac -d "$work/classes" bench/BookingBench.java
bench() { java -cp "$work/classes:$driver" -Drounds="$rounds" -DperThread="$per_thread" -DwarmUp="$warm_up" -Dhttp="${HTTP:-2}" BookingBench "$@"; }

cp -r "$server/standalone" "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
export LAUNCH_JBOSS_IN_BACKGROUND=1 # the script passes signals on to the server's JVM
export JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"

start_server() {
    rm -f "$work/standalone/deployments/"ROOT.war.*
    cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
    touch "$work/standalone/deployments/ROOT.war.dodeploy"
    "$server/bin/standalone.sh" \
        -Djboss.server.base.dir="$work/standalone" \
        --read-only-server-config=standalone.xml \
        -Djboss.socket.binding.port-offset=$offset \
        -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.base.url=$base -Dhod.mail.outbox=true \
        -Dhod.throttle.freeFailures=100000 "${extra[@]}" \
        >> "$work/server.out" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 300); do
        [ -f "$work/standalone/deployments/ROOT.war.deployed" ] && return
        if [ -f "$work/standalone/deployments/ROOT.war.failed" ]; then
            echo "Deployment failed:"; tail -50 "$work/server.out"; exit 1
        fi
        sleep 1
    done
    echo "Server did not start in 300 s"; tail -50 "$work/server.out"; exit 1
}

stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true; server_pid=
    for _ in $(seq 1 30); do
        pgrep -f "jboss.server.base.dir=$work/standalone" >/dev/null || break
        sleep 1
    done
}

load() { cut -d' ' -f1 /proc/loadavg; }

echo "== $db: starting WildFly on $base for the schema and the demo data"
start_server
if [ "$db" = h2 ]; then stop_server; fi
bench prepare "$url"
if [ "$db" = h2 ]; then start_server; fi
echo "Setting up: rooms and the clients' tokens (each round of each side warms up on 8 × $warm_up bookings of its own first)"
bench setup "$base" "$work/state"
for r in $(seq 1 "$rounds"); do
    echo "  (load average $(load) before REST round $r)"
    bench rest "$base" "$work/state" "$r"
    if [ "$db" = h2 ]; then stop_server; fi
    echo "  (load average $(load) before JDBC round $r)"
    bench jdbc "$url" "$work/state" "$r"
    if [ "$db" = h2 ] && [ "$r" -lt "$rounds" ]; then start_server; fi
done
[ -n "$server_pid" ] && stop_server
echo "== $db, $rounds rounds, load average now $(load)"
bench report "$work/state"
