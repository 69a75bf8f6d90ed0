#!/usr/bin/env bash
# The national annual report over 1,000,000 and 10,000,000 bookings (20 Houses in 20 regions, 800
# rooms, 1,000 NGOs, 10 years), on H2 and on PostgreSQL: the application's report through REST
# (since #21 it reads the kept tables) ÷ the plain SQL GROUP BY over every booking of the year that
# the report ran before #21, on the same database, side by side in one run. Also prints the
# statements the report ran (X-Report-Statements), the bytes it allocated, the JSON's size, a
# region's and a House's report, each year's first report, the database's size and the server's
# heap after a full GC before and after the runs.
#   bash bench/reports.sh                      both databases, both sizes
#   DB=h2 BOOKINGS=200000 bash bench/reports.sh      a quick look; RUNS=5 YEAR=2025 are the defaults
#   PREPARE=1 bash bench/reports.sh    only writes the databases (kept in $DATA_DIR, default
#                                      /tmp/hod-reports-data, and PostgreSQL hodbench_<bookings>);
#                                      a later run measures on them (with the WAR of that moment:
#                                      Flyway migrates them) and removes them unless KEEP_DATA=1
# The bookings are written set-based by JDBC while the server is stopped, the kept figures rebuilt
# with the ledger's own statements (V22's backfill), then the server boots and is measured holding
# /tmp/hod-wildfly.lock (so no integration test shares the cores). PostgreSQL: the local cluster on
# 127.0.0.1:5432 (started if down and stopped again), databases hodbench_<bookings>.
# Loopback only (port 8180); stops by itself; removes its files.
set -euo pipefail
cd "$(dirname "$0")/.."
dbs=${DB:-h2,postgresql}
sizes=${BOOKINGS:-1000000,10000000}
year=${YEAR:-2025}
runs=${RUNS:-5}
lock=${BENCH_LOCK:-/tmp/hod-wildfly.lock}
offset=100
port=$((8080 + offset))
data_dir=${DATA_DIR:-/tmp/hod-reports-data}

work=
server_pid=
started_postgresql=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    # A database half written goes; a prepared one stays for the next run.
    [ -n "$work" ] && [ ! -f "$work/ready" ] && rm -rf "$work"
    if [ -n "$started_postgresql" ]; then
        # …unless someone else (a test run) has started using it meanwhile.
        if [ "$(su postgres -c "psql -tAc \"SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()\"")" = 0 ]; then
            pg_ctlcluster 15 main stop || true
        else
            echo "PostgreSQL left running: others use it now"
        fi
    fi
}
trap cleanup EXIT

if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
    echo "Port $port is taken (another benchmark?); not starting a second server."; exit 1
fi
if [ ! -f target/houses-of-democracy.war ] || [ ! -d target/server/bin ] || [ ! -d target/server-pg/bin ]; then
    echo "Building (mvn -q -DskipTests package)…"
    mvn -q -B -DskipTests package
fi
h2_jar=$(ls target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -1)
pg_jar=$(find target/server-pg/modules -name 'postgresql-*.jar' | head -1)
migration=$(ls src/main/resources/db/migration/V22__*.sql)
mkdir -p target/bench-classes
javac -d target/bench-classes bench/ReportBench.java
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"

start_server() { # $1: the server installation; then extra -D options
    local server=$1; shift
    rm -f "$work/standalone/deployments/"ROOT.war.*
    cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
    touch "$work/standalone/deployments/ROOT.war.dodeploy"
    local t0=$SECONDS
    "$server/bin/standalone.sh" \
        -Djboss.server.base.dir="$work/standalone" \
        --read-only-server-config=standalone.xml \
        -Djboss.socket.binding.port-offset=$offset \
        -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:$port -Dhod.mail.outbox=true \
        "$@" >> "$work/server.out" 2>&1 9>&- &
    server_pid=$!
    for _ in $(seq 1 300); do
        if [ -f "$work/standalone/deployments/ROOT.war.deployed" ]; then
            java_pid=$(pgrep -f "java .*jboss.server.base.dir=$work/standalone" | head -1)
            echo "  server up in $((SECONDS - t0)) s"
            return
        fi
        if [ -f "$work/standalone/deployments/ROOT.war.failed" ]; then
            echo "Deployment failed:"; tail -50 "$work/server.out"; exit 1
        fi
        sleep 1
    done
    echo "Server did not start in 300 s"; tail -50 "$work/server.out"; exit 1
}

stop_server() {
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        pgrep -f "jboss.server.base.dir=$work/standalone" >/dev/null || break
        sleep 1
    done
    if pgrep -f "jboss.server.base.dir=$work/standalone" >/dev/null; then
        echo "  the server did not stop in 60 s; killing it"
        kill -9 "$java_pid" 2>/dev/null || true
        sleep 2
    fi
    wait "$server_pid" 2>/dev/null || true; server_pid=
}

need_postgresql() {
    if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
        echo "Starting the local PostgreSQL 15 (stopped again at the end)"
        pg_ctlcluster 15 main start
        started_postgresql=1
    fi
    su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'hod'\"" | grep -q 1 ||
        su postgres -c "psql -q -c \"CREATE ROLE hod LOGIN SUPERUSER PASSWORD 'hod'\""
}

heap() {
    jcmd "$java_pid" GC.run >/dev/null; sleep 1
    jcmd "$java_pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'
}

results=()
one() { # $1: h2|postgresql, $2: bookings
    local db=$1 bookings=$2 server url cp extra=() size
    local pg_db=hodbench_$bookings
    work="$data_dir/$db-$bookings"
    if [ "$db" = postgresql ]; then
        need_postgresql
        server=target/server-pg
        url="jdbc:postgresql://127.0.0.1:5432/$pg_db"
        cp="target/bench-classes:$pg_jar"
        extra=(-Dhod.db.url="$url")
    else
        server=target/server
        url="jdbc:h2:$work/data/h2/hod;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
        cp="target/bench-classes:$h2_jar"
    fi
    echo
    echo "== $db, $bookings bookings"
    if [ ! -f "$work/ready" ]; then
        rm -rf "$work"; mkdir -p "$work"
        cp -r "$server/standalone" "$work/standalone"
        rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
        if [ "$db" = postgresql ]; then
            PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null
            PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "CREATE DATABASE $pg_db" >/dev/null
        fi
        echo "Phase 0: the schema and demo data (one boot), then the bookings in JDBC and the kept figures"
        start_server "$server" "${extra[@]}"
        stop_server
        java -cp "$cp" ReportBench generate "$url" "$bookings" "$work/scope"
        java -cp "$cp" ReportBench keep "$url" "$migration"
        touch "$work/ready"
    else
        echo "Phase 0: the database prepared in $work"
    fi
    if [ "$db" = postgresql ]; then
        size=$(PGPASSWORD=hod psql -h 127.0.0.1 -U hod -d $pg_db -tAc "SELECT pg_database_size('$pg_db') / 1000000")
        echo "  database size: $size MB ($(PGPASSWORD=hod psql -h 127.0.0.1 -U hod -d $pg_db -tAc "SELECT (pg_total_relation_size('room_month_figures') + pg_total_relation_size('ngo_month_figures') + pg_total_relation_size('room_month_open')) / 1000" ) kB of it kept tables)"
    else
        size=$(( $(stat -c %s "$work/data/h2/hod.mv.db") / 1000000 ))
        echo "  H2 file size: $size MB"
    fi
    if [ -n "${PREPARE:-}" ]; then work=; return; fi
    read -r house region < "$work/scope" || true

    echo "Phase 1 (holding $lock): the report through the application, REST as the administrator"
    exec 9>"$lock"
    local waited=$SECONDS
    flock 9
    echo "  lock taken after $((SECONDS - waited)) s"
    local held=$SECONDS
    start_server "$server" "${extra[@]}"
    local before after
    before=$(heap)
    java -cp "$cp" ReportBench app "http://127.0.0.1:$port/" "$year" "$runs" "$work/app" "$house" "$region"
    after=$(heap)
    echo "  server heap used after a full GC: before $before, after $after"
    stop_server
    echo "Phase 2 (still holding the lock): the old report's GROUP BY over the bookings, same database"
    java -cp "$cp" ReportBench sql "$url" "$year" "$runs" "$work/sql"
    flock -u 9
    exec 9>&-
    echo "  lock held $((SECONDS - held)) s"

    local app_ms statements allocated json region_ms region_st house_ms house_st first_ms sql_ms
    read -r app_ms statements allocated json region_ms region_st house_ms house_st first_ms < "$work/app" || true
    sql_ms=$(cat "$work/sql")
    local line
    line=$(printf '%-10s %11s | app %5s ms, %s statements | old GROUP BY %6s ms | ratio %s | region %s ms/%s st, House %s ms/%s st | first of a year %s ms | JSON %s kB | allocated %s MB | db %s MB | heap %s → %s' \
        "$db" "$bookings" "$app_ms" "$statements" "$sql_ms" \
        "$(awk -v a="$app_ms" -v s="$sql_ms" 'BEGIN { printf "%.3f", a / s }')" \
        "$region_ms" "$region_st" "$house_ms" "$house_st" "$first_ms" "$((json / 1000))" \
        "$(awk -v a="$allocated" 'BEGIN { if (a < 0) print "?"; else printf "%.1f", a / 1e6 }')" "$size" "$before" "$after")
    results+=("$line")
    echo "$line"
    if [ -z "${KEEP_DATA:-}" ]; then
        rm -rf "$work"
        if [ "$db" = postgresql ]; then
            PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null
        fi
    fi
    work=
}

for db in ${dbs//,/ }; do
    for n in ${sizes//,/ }; do
        one "$db" "$n"
    done
done

echo
echo "Result: the national report $year (median of $runs; goals ≤ 200 ms at both sizes, ≤ 5 statements), ÷ the old full GROUP BY"
printf '%s\n' "${results[@]}"
