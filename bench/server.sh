#!/usr/bin/env bash
# Sourced by the benchmarks that run a private copy of the provisioned WildFly (bench/calendar.sh,
# bench/workspace.sh): a work directory removed on exit, a free port (8080 + PORT_OFFSET, 100 by
# default: clear of the tests' server), the build when it is missing, and start_server /
# stop_server (the WAR at the root context, demo data, mail kept in memory, a fresh H2 file under
# $work/data). Before sourcing, set bench_name (the work directory's name) and, if the benchmark
# needs a file the package phase does not make, bench_needs. HOD_DEMO=country starts the demo with
# the generated country (bench/country.sh); DB=postgresql runs target/server-pg on a fresh
# PostgreSQL database named $PG_DB (hod_bench by default; 127.0.0.1:5432, user hod) instead of H2.
work=$(mktemp -d "/tmp/hod-${bench_name}.XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

offset=${PORT_OFFSET:-100} # 8080 + 100: clear of the tests' server on 8080/9990
port=$((8080 + offset))
if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "Port $port is taken (another benchmark?); not starting a second server."; exit 1
fi
server_dir=target/server
db_args=()
if [ "${DB:-h2}" = postgresql ]; then
    server_dir=target/server-pg
    pg_db=${PG_DB:-hod_bench}
    PGPASSWORD=hod PGOPTIONS=--client-min-messages=warning psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" \
        -c "CREATE DATABASE $pg_db" >/dev/null
    db_args=(-Dhod.db.url=jdbc:postgresql://127.0.0.1:5432/$pg_db)
fi
if [ ! -f target/houses-of-democracy.war ] || [ ! -d $server_dir/bin ] \
        || { [ -n "${bench_needs:-}" ] && [ ! -f "$bench_needs" ]; }; then
    echo "Building (mvn -q -DskipTests package)…"
    mvn -q -B -DskipTests package
fi
h2_jar=$(ls target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -1)

cp -r $server_dir/standalone "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"

start_server() {
    rm -f "$work/standalone/deployments/"ROOT.war.*
    cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
    touch "$work/standalone/deployments/ROOT.war.dodeploy"
    local t0=$SECONDS
    $server_dir/bin/standalone.sh \
        -Djboss.server.base.dir="$work/standalone" \
        --read-only-server-config=standalone.xml \
        -Djboss.socket.binding.port-offset=$offset \
        -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Dhod.data.dir="$work/data" -Dhod.demo=${HOD_DEMO:-true} "${db_args[@]}" -Dhod.base.url=http://127.0.0.1:$port -Dhod.mail.outbox=true \
        >> "$work/server.out" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 240); do
        if [ -f "$work/standalone/deployments/ROOT.war.deployed" ]; then
            java_pid=$(pgrep -f "java .*jboss.server.base.dir=$work/standalone" | head -1)
            echo "  server up in $((SECONDS - t0)) s (pid $java_pid)"
            return
        fi
        if [ -f "$work/standalone/deployments/ROOT.war.failed" ]; then
            echo "Deployment failed:"; tail -50 "$work/server.out"; exit 1
        fi
        sleep 1
    done
    echo "Server did not start in 240 s"; tail -50 "$work/server.out"; exit 1
}

stop_server() {
    # A JVM starved of heap may not finish its shutdown: 60 s, then it is killed.
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        pgrep -f "jboss.server.base.dir=$work/standalone" >/dev/null || break
        sleep 1
    done
    if pgrep -f "jboss.server.base.dir=$work/standalone" >/dev/null; then
        echo "  the server did not stop in 60 s; killing it (pid $java_pid)"
        kill -9 "$java_pid" 2>/dev/null || true
        sleep 2
    fi
    wait "$server_pid" 2>/dev/null || true; server_pid=
}
