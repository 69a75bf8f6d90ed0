#!/usr/bin/env bash
# Two WildFly nodes in one cluster behind haproxy, on the shared PostgreSQL, all on loopback.
#   bash bench/cluster.sh start        provisions if needed, starts PostgreSQL, node1, node2, haproxy
#   bash bench/cluster.sh stop         stops haproxy, both nodes, and PostgreSQL if start started it
#   bash bench/cluster.sh status       what runs
#   bash bench/cluster.sh kill9 node1  SIGKILL of one node (fault scripts)
#   bash bench/cluster.sh node node1   starts one node again
#   bash bench/cluster.sh halt node2   stops one node cleanly
#   bash bench/cluster.sh drain node2  the balancer stops sending to node2 (it keeps running); ready: back
# The nodes are target/server-pg (galleon layers + web-clustering, JGroups over TCP with TCPPING)
# with their own base directories under $CLUSTER_DIR; node1 serves 127.0.0.1:8180 (management
# 10090, JGroups 7700), node2 127.0.0.1:8280 (10190, 7800); haproxy 127.0.0.1:8000 balances them
# round robin with a sticky cookie, checks each node's GET /api/regions every second (the management /health needs credentials), and sends a request whose
# node refuses the connection to the other at once (redispatch on every retry). The database is hod_cluster, created fresh by "start".
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${CLUSTER_DIR:-/tmp/hod-cluster}
lb_port=8000

need_haproxy() {
    command -v haproxy >/dev/null && return
    echo "Installing haproxy (Debian package)"
    if [ "$(id -u)" = 0 ]; then apt-get install -y -qq haproxy >/dev/null; else sudo apt-get install -y -qq haproxy >/dev/null; fi
}

need_postgresql() {
    # Started here, stopped by "stop"; a PostgreSQL that was already running is left running.
    if ! pg_ctlcluster 15 main status >/dev/null 2>&1; then
        pg_ctlcluster 15 main start
        touch "$dir/.started-postgresql"
    fi
    su postgres -c "psql -q -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'hod'\"" | grep -q 1 ||
        su postgres -c "psql -q -c \"CREATE ROLE hod LOGIN SUPERUSER PASSWORD 'hod'\""
}

offset() { [ "$1" = node1 ] && echo 100 || echo 200; }

java_pid() { pgrep -f "java .*jboss.server.base.dir=$dir/$1/standalone" | head -1 || true; }

node() {
    local name=$1 off
    off=$(offset "$name")
    [ -n "$(java_pid "$name")" ] && { echo "$name runs already"; return; }
    rm -rf "$dir/$name/standalone/tmp" "$dir/$name/standalone/data"
    rm -f "$dir/$name/standalone/deployments/ROOT.war."*
    touch "$dir/$name/standalone/deployments/ROOT.war.dodeploy"
    LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
        setsid target/server-pg/bin/standalone.sh -Djboss.server.base.dir="$dir/$name/standalone" \
        --read-only-server-config=standalone.xml -Djboss.socket.binding.port-offset="$off" \
        -b 127.0.0.1 -bmanagement 127.0.0.1 -bprivate 127.0.0.1 \
        -Djboss.node.name="$name" -Djboss.tx.node.id="$name" \
        -Dhod.cluster.peer.a.port=7700 -Dhod.cluster.peer.b.port=7800 -Dhod.behind.proxy=true \
        -Dhod.db.url=jdbc:postgresql://127.0.0.1:5432/hod_cluster -Dhod.data.dir="$dir/shared-data" \
        -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:$lb_port -Dhod.mail.outbox=true -Dhod.throttle.freeFailures=100000 \
        >> "$dir/$name/server.out" 2>&1 < /dev/null &
    for _ in $(seq 1 240); do
        [ -f "$dir/$name/standalone/deployments/ROOT.war.deployed" ] && { echo "$name up on 127.0.0.1:$((8080 + off))"; return; }
        [ -f "$dir/$name/standalone/deployments/ROOT.war.failed" ] && { tail -40 "$dir/$name/server.out"; halt "$name"; exit 1; }
        sleep 0.5
    done
    echo "$name: no deployment in 120 s"; tail -40 "$dir/$name/server.out"; halt "$name"; exit 1
}

kill9() {
    local pid
    pid=$(java_pid "$1")
    [ -n "$pid" ] && kill -9 "$pid"
    echo "$1 killed (SIGKILL)"
}

halt() {
    local pid
    pid=$(java_pid "$1")
    [ -z "$pid" ] && return 0
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
}

haproxy_start() {
    cat > "$dir/haproxy.cfg" <<EOF
global
    maxconn 4000
    stats socket $dir/haproxy.sock mode 600 level admin
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch 1
frontend hod
    bind 127.0.0.1:$lb_port
    # The client's address replaces whatever X-Forwarded-* headers the client sent (appending would
    # let anyone choose the address the nodes see).
    http-request set-header X-Forwarded-For %[src]
    http-request del-header X-Forwarded-Host
    http-request del-header X-Forwarded-Proto
    default_backend nodes
backend nodes
    balance roundrobin
    cookie HODNODE insert indirect nocache httponly
    option httpchk GET /api/regions
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:8180 check cookie node1
    server node2 127.0.0.1:8280 check cookie node2
EOF
    haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
    echo "haproxy on http://127.0.0.1:$lb_port/"
}

stop_all() {
    [ -f "$dir/haproxy.pid" ] && { kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true; rm -f "$dir/haproxy.pid"; }
    halt node1
    halt node2
    if [ -f "$dir/.started-postgresql" ]; then
        pg_ctlcluster 15 main stop
        rm -f "$dir/.started-postgresql"
    fi
}

case "${1:-}" in
start)
    need_haproxy
    # A target/ from before the cluster (no web-clustering layer) is rebuilt, not started unclustered.
    if [ ! -f target/houses-of-democracy.war ] || ! grep -q TCPPING target/server-pg/standalone/configuration/standalone.xml 2>/dev/null; then
        mvn -q -B -DskipTests package
    fi
    stop_all >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir/shared-data"
    need_postgresql
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS hod_cluster'" >/dev/null
    su postgres -c "createdb -O hod hod_cluster"
    for n in node1 node2; do
        mkdir -p "$dir/$n"
        cp -r target/server-pg/standalone "$dir/$n/standalone"
        rm -rf "$dir/$n/standalone/deployments/"* "$dir/$n/standalone/log"
        cp target/houses-of-democracy.war "$dir/$n/standalone/deployments/ROOT.war"
    done
    # One at a time: the first migrates the database and writes the demo data.
    node node1
    node node2
    haproxy_start
    echo "Cluster: http://127.0.0.1:$lb_port/ (demo accounts as in README; password Demo-House-2026)"
    ;;
stop)
    stop_all
    echo "cluster stopped"
    ;;
status)
    for n in node1 node2; do echo "$n: $([ -n "$(java_pid $n)" ] && echo running || echo stopped)"; done
    echo "postgresql: $(pg_ctlcluster 15 main status >/dev/null 2>&1 && echo running || echo stopped)"
    echo "haproxy: $([ -f "$dir/haproxy.pid" ] && kill -0 "$(cat "$dir/haproxy.pid")" 2>/dev/null && echo running || echo stopped)"
    ;;
kill9) kill9 "$2" ;;
drain | ready)
    # Takes a running node out of the balancer (maintenance) or puts it back, through haproxy's socket.
    state=$([ "$1" = drain ] && echo maint || echo ready)
    python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1])
s.sendall(("set server nodes/%s state %s\n" % (sys.argv[2], sys.argv[3])).encode())
answer = s.recv(4096).decode().strip()
print(answer or "%s: %s" % (sys.argv[2], sys.argv[3])); sys.exit(1 if answer else 0)' \
        "$dir/haproxy.sock" "$2" "$state"
    ;;
node) node "$2" ;;
halt) halt "$2" ;;
*)
    sed -n 2,12p "$0"
    exit 2
    ;;
esac
