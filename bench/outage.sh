#!/usr/bin/env bash
# PostgreSQL stopped for 30 s under load (issue 11, fault 5): errors come quickly and clearly, no
# request hangs, and pages come back within seconds of the database's return, without a redeploy.
# Needs root (it stops and starts the local cluster 15/main). Loopback only; about 70 s.
#   bash bench/outage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/hod-outage.XXXXXX)
server_pid=
cleanup() {
    pg_ctlcluster 15 main start 2>/dev/null || true
    pkill -9 -f "jboss.server.base.dir=$work/standalone" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS hod_outage'" >/dev/null
su postgres -c "createdb -O hod hod_outage"
[ -d target/server-pg ] && [ -f target/houses-of-democracy.war ] || mvn -q -B -DskipTests package
cp -r target/server-pg/standalone "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
touch "$work/standalone/deployments/ROOT.war.dodeploy"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms128m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
target/server-pg/bin/standalone.sh -Djboss.server.base.dir="$work/standalone" \
    --read-only-server-config=standalone.xml -Djboss.socket.binding.port-offset=100 \
    -b 127.0.0.1 -bmanagement 127.0.0.1 -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:8180 -Dhod.mail.outbox=true \
    "-Dhod.db.url=jdbc:postgresql://127.0.0.1:5432/hod_outage?connectTimeout=2&loginTimeout=2" > "$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do [ -f "$work/standalone/deployments/ROOT.war.deployed" ] && break; sleep 1; done
[ -f "$work/standalone/deployments/ROOT.war.deployed" ] || { tail -40 "$work/server.out"; exit 1; }
echo "Load for 70 s; PostgreSQL stopped at 15 s for 30 s"
java bench/OutageBench.java http://127.0.0.1:8180/ 70 "$work/answers" "$work/marks" &
load_pid=$!
sleep 15
date +%s%3N > "$work/marks"; pg_ctlcluster 15 main stop -m fast
sleep 30
date +%s%3N >> "$work/marks"; pg_ctlcluster 15 main start
wait "$load_pid"
deployed=$(grep -c 'WFLYSRV0010: Deployed "ROOT.war"' "$work/server.out" || true)
echo "  the WAR was deployed $deployed time(s) in the whole run (1: no redeployment)"
