#!/usr/bin/env bash
# What the integrator-facing API costs (issue 20), measured side by side in one run on one server:
#  - a booking with an Idempotency-Key ÷ the same booking without one (the cost of remembering the
#    answer in the booking's transaction), in interleaved rounds so drift hits both alike;
#  - a retried request (same key, same body: the remembered answer) ÷ a first booking;
#  - polling a room's iCalendar feed with If-None-Match (304, no body) ÷ fetching it whole (200);
#  - the weight of the OpenAPI document, plain and gzipped.
#   bash bench/api.sh
# Settings (environment): CLIENTS=8 PER_ROUND=40 ROUNDS=4 POLLS=2000
# Runs a private copy of the provisioned WildFly on 127.0.0.1:8180 (PORT_OFFSET=n for another)
# with a fresh H2 file and the demo data; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

bench_name=api
# shellcheck source=bench/server.sh
source bench/server.sh

base=http://127.0.0.1:$port/
start_server
java bench/ApiBench.java "$base" "${CLIENTS:-8}" "${PER_ROUND:-40}" "${ROUNDS:-4}" "${POLLS:-2000}"
stop_server
