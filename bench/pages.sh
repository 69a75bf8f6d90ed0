#!/usr/bin/env bash
# Page weight and Lighthouse (issue 17): for the home page, a House, its calendar, the events and
# the published reports page, the bytes a first visit transfers (compressed as the browser gets
# them: Lighthouse's total-byte-weight, Chromium with an empty cache) and Lighthouse's mobile
# audit scores for performance and accessibility.
#   bash bench/pages.sh
# Goals: ≤ 250 KB per page, performance ≥ 90, accessibility 100.
# Installs npm lighthouse@12.2.3 into bench/.lighthouse/ (git-ignored) on first use and runs it
# against Debian's Chromium (/usr/bin/chromium, or CHROME_PATH). Runs a private copy of the
# provisioned WildFly on 127.0.0.1:8180 (offset 100; PORT_OFFSET=n for another) with a fresh H2 file and the demo data
# (House 1, Astana); stops by itself. PAGES_HOUSE=id chooses another House.
set -euo pipefail
cd "$(dirname "$0")/.."

house=${PAGES_HOUSE:-1}
lh_dir=bench/.lighthouse
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

work=$(mktemp -d /tmp/hod-pages.XXXXXX)
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
if [ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]; then
    echo "Installing lighthouse@12.2.3 into $lh_dir…"
    mkdir -p "$lh_dir"
    (cd "$lh_dir" && timeout 600 npm install --no-audit --no-fund --loglevel=error lighthouse@12.2.3)
fi
lighthouse="$lh_dir/node_modules/.bin/lighthouse"
echo "Lighthouse $("$lighthouse" --version), $("$CHROME_PATH" --version 2>/dev/null | head -1)"

if [ ! -f target/houses-of-democracy.war ] || [ ! -d target/server/bin ]; then
    echo "Building (mvn -q -DskipTests package)…"
    mvn -q -B -DskipTests package
fi
cp -r target/server/standalone "$work/standalone"
rm -rf "$work/standalone/deployments/"* "$work/standalone/data" "$work/standalone/tmp" "$work/standalone/log"
cp target/houses-of-democracy.war "$work/standalone/deployments/ROOT.war"
touch "$work/standalone/deployments/ROOT.war.dodeploy"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true ${BENCH_JVM_OPTS:-}"
echo "Starting WildFly on 127.0.0.1:$port with a fresh database and the demo data…"
target/server/bin/standalone.sh \
    -Djboss.server.base.dir="$work/standalone" \
    --read-only-server-config=standalone.xml \
    -Djboss.socket.binding.port-offset=$offset \
    -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Dhod.data.dir="$work/data" -Dhod.demo=true -Dhod.base.url=http://127.0.0.1:$port -Dhod.mail.outbox=true \
    > "$work/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 1 240); do
    [ -f "$work/standalone/deployments/ROOT.war.deployed" ] && break
    if [ -f "$work/standalone/deployments/ROOT.war.failed" ]; then
        echo "Deployment failed:"; tail -50 "$work/server.out"; exit 1
    fi
    sleep 1
done
[ -f "$work/standalone/deployments/ROOT.war.deployed" ] || { echo "Server did not start in 240 s"; tail -50 "$work/server.out"; exit 1; }

base=http://127.0.0.1:$port
# A working day ahead, so the calendar shows the House open with the demo bookings around it.
day=$(date -d "+1 day" +%F)
while [ "$(date -d "$day" +%u)" -ge 6 ]; do day=$(date -d "$day +1 day" +%F); done
pages=(
    "home|$base/"
    "house|$base/public/house.xhtml?id=$house"
    "calendar|$base/public/calendar.xhtml?house=$house&date=$day"
    "events|$base/public/events.xhtml"
    "reports|$base/public/reports.xhtml"
)
# One plain visit first, so that the audits do not measure the first compilation of each view.
for p in "${pages[@]}"; do curl -s -o /dev/null --max-time 60 "${p#*|}" || true; done

printf '%-9s %10s %6s %5s %12s %6s %6s  %s\n' page "KB (first)" reqs perf accessibility LCP_s TBT_ms "failed accessibility audits"
fail=0
for p in "${pages[@]}"; do
    name=${p%%|*}; address=${p#*|}
    if ! timeout 240 "$lighthouse" "$address" --quiet --output=json --output-path="$work/$name.json" \
        --only-categories=performance,accessibility \
        --chrome-flags="--headless=new --no-sandbox" > "$work/$name.log" 2>&1; then
        echo "$name: Lighthouse failed:"; tail -5 "$work/$name.log"; fail=1; continue
    fi
    read -r kb reqs perf a11y lcp tbt < <(jq -r '
        [ ((.audits["total-byte-weight"].numericValue // 0) / 1024 * 10 | round / 10),
          ((.audits["network-requests"].details.items // []) | length),
          ((.categories.performance.score // 0) * 100 | round),
          ((.categories.accessibility.score // 0) * 100 | round),
          ((.audits["largest-contentful-paint"].numericValue // 0) / 100 | round / 10),
          ((.audits["total-blocking-time"].numericValue // 0) | round) ] | @tsv' "$work/$name.json")
    failed=$(jq -r '[.categories.accessibility.auditRefs[].id as $id | .audits[$id]
        | select(.score != null and .score < 1 and .scoreDisplayMode == "binary") | .id] | join(",")' "$work/$name.json")
    printf '%-9s %10s %6s %5s %12s %6s %6s  %s\n' "$name" "$kb" "$reqs" "$perf" "$a11y" "$lcp" "$tbt" "${failed:-none}"
    echo "$name|$kb|$perf|$a11y" >> "$work/summary"
    # the heaviest resources, for the record
    jq -r '[.audits["total-byte-weight"].details.items[]?] | sort_by(-.totalBytes) | .[:3][]
        | "            \(.totalBytes / 1024 * 10 | round / 10) KB  \(.url)"' "$work/$name.json"
done
echo
if [ -f "$work/summary" ]; then
    awk -F'|' '{ printf "GOALS %-9s %s KB %s; performance %s %s; accessibility %s %s\n", $1,
        $2, ($2 <= 250 ? "≤ 250 met" : "> 250 NOT met"), $3, ($3 >= 90 ? "≥ 90 met" : "< 90 NOT met"),
        $4, ($4 == 100 ? "= 100 met" : "< 100 NOT met") }' "$work/summary"
fi
exit $fail
