#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Figures of the Users section against a local userdesk-server, in one run:
#   1. bench_client: first rows painted, parse+insert of a page of 100, RSS after N rows, longest GUI stall while
#      paging / searching / running a bulk job, and the bulk job's throughput (users/s);
#   2. the server's own limit for the bulk job's request (PATCH /users/{id}/labels) measured with wrk;
#   3. a sequential loop with the official node-appwrite SDK doing the same updates.
# Usage: bench/client-bench.sh [BUILD_DIR] [USERS] [BULK]   (defaults: build 1000000 10000)
# Traffic goes to 127.0.0.1 only; every run is bounded in time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
users=${2:-1000000}
bulk=${3:-10000}
rows=${ROWS:-100000}
data=$(mktemp -d -t userdesk-bench.XXXXXX)
log="$data/server.log"
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; rm -rf "$data"' EXIT

echo "== seeding $users users"
start=$(date +%s.%N)
"$build/server/userdesk-server" --listen 127.0.0.1:0 --data "$data" --seed-users "$users" --no-rate-limits \
    --threads 64 >"$log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
    grep -q '^Password and API key:' "$log" 2>/dev/null && break
    sleep 0.5
done
endpoint=$(sed -n 's/^Endpoint: *//p' "$log")
project=$(sed -n 's/^Project ID: *//p' "$log")
secrets=$(sed -n 's/^Password and API key: *//p' "$log")
[ -n "$endpoint" ] || { cat "$log"; echo "server did not start" >&2; exit 1; }
printf 'seed_seconds: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
key=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['apiKey'])" "$secrets")

echo "== wrk: server limit for the bulk job's request, PUT /users/{id}/labels on $bulk different users (8 connections, 10 s)"
# Same request the bulk job sends: a different user each time and a label set that really changes (so the server
# does the same index and search-text work), not one user rewritten with identical labels.
curl -s -H "X-Appwrite-Project: $project" -H "X-Appwrite-Key: $key" \
    "$endpoint/users?queries%5B%5D=%7B%22method%22%3A%22limit%22%2C%22values%22%3A%5B$bulk%5D%7D" |
    python3 -c "
import json, sys
ids = [u['\$id'] for u in json.load(sys.stdin)['users']]
print('ids = {' + ','.join('\"%s\"' % i for i in ids) + '}')
" >"$data/labels.lua"
cat >>"$data/labels.lua" <<LUA
counter = 0
request = function()
    counter = counter + 1
    local id = ids[(counter % #ids) + 1]
    local body = '{"labels":["wrk' .. (counter % 97) .. '","bench"]}'
    return wrk.format("PUT", "/v1/users/" .. id .. "/labels", {
        ["Content-Type"] = "application/json",
        ["X-Appwrite-Project"] = "$project",
        ["X-Appwrite-Key"] = "$key"}, body)
end
LUA
run_wrk() { # prints wrk's latency and rate on stderr, the requests/s on stdout
    wrk -t2 -c8 -d10s --latency -s "$data/labels.lua" "$endpoint" |
        sed -n '/Latency Distribution/,/Requests\/sec/p' >"$data/wrk.out"
    cat "$data/wrk.out" >&2
    sed -n 's/^Requests\/sec: *//p' "$data/wrk.out"
}
# wrk runs before and after the bulk job, on the same users: the first run warms what the bulk job will touch
# (at 1M users the database is far larger than SQLite's cache, and whoever goes first pays for the cold pages),
# the second measures the server again after the job. The bulk job is compared with the faster of the two.
echo "== wrk before the bulk job"
wrk_before=$(run_wrk)

echo "== bench_client (Qt offscreen)"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_client" --endpoint "$endpoint" --project "$project" \
    --key-file "$secrets" --rows "$rows" --bulk "$bulk" ${BENCH_HTTP1:+--http1} | tee "$data/client.out"

echo "== wrk after the bulk job"
wrk_after=$(run_wrk)
printf 'wrk_requests_per_second: before %s, after %s\n' "$wrk_before" "$wrk_after"

echo "== node-appwrite sequential loop"
if [ -d "$root/tests/compat/node_modules/node-appwrite" ]; then
    NODE_PATH="$root/tests/compat/node_modules" node "$root/bench/sdk-sequential.mjs" "$endpoint" "$project" "$key" \
        "${SDK_USERS:-2000}" | tee "$data/sdk.out"
    bulk_rate=$(sed -n 's/^bulk_users_per_second: *\([0-9.]*\).*/\1/p' "$data/client.out")
    sdk_rate=$(sed -n 's/^sdk_sequential_users_per_second: *\([0-9.]*\).*/\1/p' "$data/sdk.out")
    echo "== bulk job against the server's limit and the SDK loop"
    python3 -c "
import sys
bulk, before, after, sdk = map(float, sys.argv[1:])
limit = max(before, after)
print('bulk_vs_server_limit: %.0f %% (%.0f of %.0f users/s)' % (100 * bulk / limit, bulk, limit))
print('bulk_vs_sdk_loop: %.2f x (%.0f vs %.0f users/s)' % (bulk / sdk, bulk, sdk))
" "$bulk_rate" "$wrk_before" "$wrk_after" "$sdk_rate"
else
    echo "node-appwrite is not installed (run: npm ci --prefix tests/compat)"
fi
