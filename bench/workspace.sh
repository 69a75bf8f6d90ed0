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

work=$(mktemp -d /tmp/hod-workspace.XXXXXX)
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
if [ ! -f target/houses-of-democracy.war ] || [ ! -d target/server/bin ] \
        || [ ! -f target/test-classes/kz/housesofdemocracy/testing/VolumeData.class ]; then
    echo "Building (mvn -q -DskipTests package)…"
    mvn -q -B -DskipTests package
fi
h2_jar=$(ls target/server/modules/system/layers/base/com/h2database/h2/main/h2-*.jar | head -1)

cp -r target/server/standalone "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"

# The same start-up and stop as bench/calendar.sh.
start_server() {
    rm -f "$work/standalone/deployments/"ROOT.war.*
    cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
    touch "$work/standalone/deployments/ROOT.war.dodeploy"
    local t0=$SECONDS
    target/server/bin/standalone.sh \
        -Djboss.server.base.dir="$work/standalone" \
        --read-only-server-config=standalone.xml \
        -Djboss.socket.binding.port-offset=$offset \
        -b 127.0.0.1 -bmanagement 127.0.0.1 \
        -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.mail.outbox=true \
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
