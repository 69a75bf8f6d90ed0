#!/usr/bin/env bash
# The cluster's fault scripts and its throughput, in one run against bench/cluster.sh's two nodes
# behind haproxy on the shared PostgreSQL (loopback only; bounded: every step has a time limit, the
# whole run takes about ten minutes and stops the cluster when it ends, however it ends).
#   1. a conflict storm split across both nodes: zero overlapping bookings
#   3. an approval on one node is seen at once on the other
#   -  bookings and House pages per second through the balancer: two nodes, one, two again
#   2. kill -9 of the node serving a signed-in person half-way through a form: the next request
#      (the submit) lands on the other node, needs no new sign-in, and the booking is made
# Faults 4 (kill -9 × 20) and 5 (PostgreSQL stopped 30 s) are bench/crash.sh and bench/outage.sh.
#   bash bench/cluster-faults.sh          FAILOVER_ROUNDS=5 bash bench/cluster-faults.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/hod-cluster-faults.XXXXXX)
trap 'bash bench/cluster.sh stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

if [ ! -f target/houses-of-democracy.war ] || [ ! -d target/test-classes ] ||
    ! grep -q TCPPING target/server-pg/standalone/configuration/standalone.xml 2>/dev/null; then
    mvn -q -B -DskipTests package
fi
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
pg_jar=$(ls target/pg-driver/postgresql-*.jar)
test_cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
mkdir -p "$work/classes"
javac -d "$work/classes" bench/BookingBench.java bench/ClusterBench.java
javac -d "$work/classes" -cp "$work/classes:$test_cp" bench/FailoverBench.java

a=http://127.0.0.1:8180/
b=http://127.0.0.1:8280/
lb=http://127.0.0.1:8000/
bash bench/cluster.sh start
run() { timeout "$1" java -cp "$work/classes:$pg_jar" ClusterBench "${@:2}" | tee -a "$work/results"; }

echo "1. Conflict storm across both nodes"
run 300 storm "$a" "$b" jdbc:postgresql://127.0.0.1:5432/hod_cluster
echo "3. Approval on one node, read on the other"
run 300 approval "$a" "$b"
echo "Throughput through the balancer: two nodes, one node (the other drained but running), two again"
run 300 throughput "$lb" two-nodes "$work/throughput"
bash bench/cluster.sh drain node2
run 300 throughput "$lb" one-node "$work/throughput"
bash bench/cluster.sh ready node2
sleep 3
run 300 throughput "$lb" two-nodes-again "$work/throughput"
awk '$1 ~ /^two-nodes/ { b2 += $2 / 2; p2 += $3 / 2 } $1 == "one-node" { b1 = $2; p1 = $3 }
     END { printf "RATIO two nodes ÷ one node, same machine: bookings %.2f, House pages %.2f\n", b2 / b1, p2 / p1 }' \
    "$work/throughput" | tee -a "$work/results"
echo "2. kill -9 of the serving node half-way through a form"
timeout 600 java -cp "$work/classes:$test_cp:$pg_jar" FailoverBench "$lb" "${FAILOVER_ROUNDS:-3}" jdbc:postgresql://127.0.0.1:5432/hod_cluster | tee -a "$work/results"

echo
echo "Summary"
grep -E '^(RESULT|RATIO)' "$work/results"
# Pass only when every fault script holds.
grep -q 'RESULT storm answered=640 overlaps=0 rowsMinus201=0 errors=0' "$work/results" &&
    grep -q 'RESULT approval stale=0' "$work/results" &&
    grep -Eq 'RESULT failover kept=([0-9]+) of=\1$' "$work/results"
