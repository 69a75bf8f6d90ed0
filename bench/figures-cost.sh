#!/usr/bin/env bash
# The cost of keeping the report's figures (#21) on every booking write: REST booking throughput of
# the WAR from before #21 (BEFORE, default cb98c8b = 69098c4^) and of the current WAR, in turns
# (before, after; then after, before; …), each turn on a fresh database with the demo data, the same
# server installation, the same 8 clients and 2,000 one-hour bookings after 400 warm-up ones
# (BookingBench throughput). Prints each turn and the geometric mean of after ÷ before over the
# rounds (even ROUNDS: each order equally often), on H2 and PostgreSQL.
# The WildFly lock is held for one round (two turns) at a time.
#   bash bench/figures-cost.sh              DB=h2 ROUNDS=2 bash bench/figures-cost.sh
#   BEFORE_WAR=… AFTER_WAR=… reuse WARs built before (AFTER_WAR defaults to target/'s)
# The old WAR is built in a temporary git worktree (mvn -o, WAR only) that is removed again. The
# measured turns hold /tmp/hod-wildfly.lock, so no integration test shares the cores. PostgreSQL:
# the local cluster on 127.0.0.1:5432 (started if down and stopped again), database hodcost
# (dropped at the end). Loopback only (port 8080 + PORT_OFFSET, default 8180); stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
dbs=${DB:-h2,postgresql}
rounds=${ROUNDS:-4}
before_rev=${BEFORE:-cb98c8b}
lock=${BENCH_LOCK:-/tmp/hod-wildfly.lock}
offset=${PORT_OFFSET:-100} # 8080 + 100: clear of the tests' server on 8080/9990
port=$((8080 + offset))
pg_db=hodcost

work=$(mktemp -d /tmp/hod-figures-cost.XXXXXX)
old_tree=
server_pid=
started_postgresql=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    [ -n "$old_tree" ] && git worktree remove --force "$old_tree" 2>/dev/null || true
    rm -rf "$work"
    if [ -n "$started_postgresql" ]; then
        PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1 || true
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
    echo "Building the current WAR and servers (mvn -q -DskipTests package)…"
    mvn -q -B -DskipTests package
fi
cp "${AFTER_WAR:-target/houses-of-democracy.war}" "$work/after.war"
if [ -n "${BEFORE_WAR:-}" ]; then
    cp "$BEFORE_WAR" "$work/before.war" # built earlier from $before_rev
else
    echo "Building the WAR of $before_rev (before #21) in a temporary worktree…"
    old_tree="$work/before-tree"
    git worktree add --detach "$old_tree" "$before_rev" >/dev/null 2>&1
    (cd "$old_tree" && mvn -q -B -o -Dmaven.test.skip=true -Dcodegen.skip=true -Dspotless.check.skip=true \
        -Dspotless.apply.skip=true -Dwildfly.package.skip=true -Dmdep.skip=true package >"$work/before-build.log" 2>&1) ||
        { tail -30 "$work/before-build.log"; exit 1; }
    cp "$old_tree/target/houses-of-democracy.war" "$work/before.war"
    git worktree remove --force "$old_tree"; old_tree=
fi
after_name=${AFTER_WAR:-"$(git rev-parse --short HEAD) (the working tree's build)"}
echo "  before: $(git rev-parse --short "$before_rev"), after: $after_name"
mkdir -p target/bench-classes
javac -d target/bench-classes bench/BookingBench.java
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"

need_postgresql() {
    if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
        echo "Starting the local PostgreSQL 15 (stopped again at the end)"
        pg_ctlcluster 15 main start
        started_postgresql=1
    fi
    su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'hod'\"" | grep -q 1 ||
        su postgres -c "psql -q -c \"CREATE ROLE hod LOGIN SUPERUSER PASSWORD 'hod'\""
}

turn() { # $1: h2|postgresql, $2: before|after; bookings/s into $work/rate-$2
    local db=$1 which=$2 server=target/server extra=()
    local base_dir="$work/$which-$db"
    rm -rf "$base_dir"; mkdir -p "$base_dir"
    if [ "$db" = postgresql ]; then
        server=target/server-pg
        PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null
        PGPASSWORD=hod psql -q -h 127.0.0.1 -U hod -d postgres -c "CREATE DATABASE $pg_db" >/dev/null
        extra=(-Dhod.db.url=jdbc:postgresql://127.0.0.1:5432/$pg_db)
    fi
    cp -r "$server/standalone" "$base_dir/standalone"
    rm -rf "$base_dir/standalone/deployments/"* "$base_dir/standalone/data" "$base_dir/standalone/tmp" "$base_dir/standalone/log"
    cp "$work/$which.war" "$base_dir/standalone/deployments/ROOT.war"
    touch "$base_dir/standalone/deployments/ROOT.war.dodeploy"
    "$server/bin/standalone.sh" -Djboss.server.base.dir="$base_dir/standalone" \
        --read-only-server-config=standalone.xml -Djboss.socket.binding.port-offset=$offset \
        -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Dhod.data.dir="$base_dir/data" -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:$port -Dhod.mail.outbox=true \
        -Dhod.throttle.freeFailures=100000 "${extra[@]}" > "$base_dir/server.out" 2>&1 9>&- &
    server_pid=$!
    for _ in $(seq 1 240); do
        [ -f "$base_dir/standalone/deployments/ROOT.war.deployed" ] && break
        [ -f "$base_dir/standalone/deployments/ROOT.war.failed" ] && { tail -40 "$base_dir/server.out"; exit 1; }
        sleep 1
    done
    [ -f "$base_dir/standalone/deployments/ROOT.war.deployed" ] || { echo "no deployment in 240 s"; exit 1; }
    java -cp target/bench-classes BookingBench throughput "http://127.0.0.1:$port/" "$work/rate-$which"
    local java_pid
    java_pid=$(pgrep -f "java .*jboss.server.base.dir=$base_dir/standalone" | head -1 || true)
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
        pgrep -f "jboss.server.base.dir=$base_dir/standalone" >/dev/null || break
        sleep 1
    done
    [ -n "$java_pid" ] && kill -9 "$java_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true; server_pid=
    rm -rf "$base_dir"
}

results=()
for db in ${dbs//,/ }; do
    [ "$db" = postgresql ] && need_postgresql
    echo
    echo "== $db: $rounds rounds, each holding $lock"
    ratios=()
    for r in $(seq 1 "$rounds"); do
        exec 9>"$lock"
        waited=$SECONDS
        flock 9
        echo "  lock taken after $((SECONDS - waited)) s"
        held=$SECONDS
        if [ $((r % 2)) = 1 ]; then order="before after"; else order="after before"; fi
        for which in $order; do
            echo "  round $r, $which:"
            turn "$db" "$which"
        done
        b=$(cat "$work/rate-before"); a=$(cat "$work/rate-after")
        ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", a / b }')
        ratios+=("$ratio")
        printf '  round %d: before %.1f, after %.1f bookings/s: after ÷ before %s\n' "$r" "$b" "$a" "$ratio"
        flock -u 9
        exec 9>&-
        echo "  lock held $((SECONDS - held)) s"
    done
    # The geometric mean over the rounds: the turns alternate (before first, then after first), so
    # an advantage of going first or second cancels out.
    mean=$(printf '%s\n' "${ratios[@]}" | awk '{ l += log($1) } END { printf "%.3f", exp(l / NR) }')
    results+=("$db: after ÷ before per round ${ratios[*]}; geometric mean $mean (goal ≥ 0.90)")
done
echo
echo "Result: booking throughput with the kept figures ÷ without ($before_rev), REST, 8 clients"
printf '%s\n' "${results[@]}"
