#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# userdesk-server benchmark (figures for BENCHMARKS.md): for each project size it seeds a fresh data folder with
# `--seed-users N`, then runs wrk on loopback against four endpoints with an API key — list 25 users after a
# cursor, search by email prefix, get one user by ID, update a user's status — and prints p50/p99 latency and
# requests/s as a table. Traffic goes to 127.0.0.1 only; every wrk run is bounded by DURATION.
#
#   bench/server-bench.sh [path/to/userdesk-server]
# Latency (p50/p99) comes from a run with one connection (one request at a time: the server's own cost, not
# queueing on the shared cores); requests/s from a second run with WRK_CONNECTIONS connections.
#   env: SIZES="10000 1000000"  DURATION=10s  WRK_THREADS=1  WRK_CONNECTIONS=4  KEEP_DATA=0
#        SERVER_ARGS="--appwrite-version 1.8.1" (more server options)  BENCH_FORMAT=1.7.0|none (response format)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-${USERDESK_SERVER_BIN:-$here/../build-server/server/userdesk-server}}
sizes=${SIZES:-"10000 1000000"}
duration=${DURATION:-10s}
threads=${WRK_THREADS:-1}
connections=${WRK_CONNECTIONS:-4}
lua=$here/server-bench.lua

for tool in wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "server-bench: $tool is required" >&2; exit 2; }
done
[ -x "$bin" ] || { echo "server-bench: no userdesk-server at $bin (build it or pass its path)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/userdesk-bench.XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT INT TERM

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

# wrk prints latencies as 812.00us / 1.23ms / 1.01s: normalise to milliseconds.
to_ms() {
    python3 - "$1" <<'PY'
import re, sys
m = re.match(r"([0-9.]+)(us|ms|s|m)$", sys.argv[1])
v, u = float(m.group(1)), m.group(2)
print("%.2f" % (v / 1000 if u == "us" else v if u == "ms" else v * 1000 if u == "s" else v * 60000))
PY
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=$work/results.txt
: > "$results"
machine="$(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), $(uname -r)"

for n in $sizes; do
    data=$work/data-$n
    mkdir -p "$data"
    log=$work/server-$n.log
    start=$(date +%s.%N)
    # shellcheck disable=SC2086 # SERVER_ARGS is a list of options
    "$bin" --listen 127.0.0.1:0 --data "$data" --seed-users "$n" --no-rate-limits ${SERVER_ARGS:-} >"$log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 1200); do
        grep -q 'Password and API key' "$log" && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
        sleep 0.5
    done
    grep -q 'Password and API key' "$log" || { echo "server-bench: seeding $n users timed out" >&2; exit 1; }
    seed_s=$(python3 -c "import sys; print('%.1f' % ($(date +%s.%N) - $start))")
    endpoint=$(grep -o 'http://127\.0\.0\.1:[0-9]*/v1' "$log" | head -1)
    base=${endpoint%/v1}
    key=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["apiKey"])' "$data/demo-credentials.json")
    auth=(-H "X-Appwrite-Project: demo" -H "X-Appwrite-Key: $key")

    # A user in the middle of the table: cursor, get/update target and search prefix.
    offset=$((n / 2))
    probe=$(curl -sf "${auth[@]}" "$endpoint/users?queries%5B%5D=$(urlencode '{"method":"limit","values":[1]}')&queries%5B%5D=$(urlencode "{\"method\":\"offset\",\"values\":[$offset]}")")
    user_id=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["users"][0]["$id"])' "$probe")
    email=$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["users"][0]["email"])' "$probe")
    local_part=${email%@*}
    prefix=${local_part:0:$(( ${#local_part} - 2 ))}

    declare -A paths=(
        [list]="/v1/users?queries%5B%5D=$(urlencode "{\"method\":\"cursorAfter\",\"values\":[\"$user_id\"]}")&queries%5B%5D=$(urlencode '{"method":"limit","values":[25]}')"
        [search]="/v1/users?search=$(urlencode "$prefix")"
        [get]="/v1/users/$user_id"
        [update]="/v1/users/$user_id/status"
    )
    for name in list search get update; do
        method=GET
        [ "$name" = update ] && method=PATCH
        # Warm-up (page cache, statement cache), then the measured run.
        BENCH_PATH=${paths[$name]} BENCH_METHOD=$method APPWRITE_KEY=$key \
            wrk -t1 -c1 -d2s -s "$lua" "$base" >/dev/null
        out=$(BENCH_PATH=${paths[$name]} BENCH_METHOD=$method APPWRITE_KEY=$key \
            wrk -t1 -c1 -d"$duration" --latency -s "$lua" "$base")
        p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
        p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
        errors=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
        out=$(BENCH_PATH=${paths[$name]} BENCH_METHOD=$method APPWRITE_KEY=$key \
            wrk -t"$threads" -c"$connections" -d"$duration" -s "$lua" "$base")
        rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
        more=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
        errors=$(( ${errors:-0} + ${more:-0} ))
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$name" "$p50" "$p99" "$rps" "${errors:-0}" "$seed_s" >>"$results"
    done
    unset paths

    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
    [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$data"
done

echo "userdesk-server benchmark — $(date +%F), $machine"
echo "wrk on 127.0.0.1 with an API key: latency from -t1 -c1 -d$duration, req/s from -t$threads -c$connections -d$duration"
echo "server options: ${SERVER_ARGS:-(none)}; X-Appwrite-Response-Format: ${BENCH_FORMAT:-1.7.0}"
echo "load average before the run: $load_before"
echo
printf '| %-9s | %-23s | %8s | %8s | %8s | %6s | %8s |\n' users endpoint "p50 ms" "p99 ms" "req/s c$connections" errors "seed s"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' ----------- ------------------------- ---------- ---------- ---------- -------- ----------
while IFS=$'\t' read -r n name p50 p99 rps errors seed; do
    case $name in
    list) label="list 25 after cursor" ;;
    search) label="search by email prefix" ;;
    get) label="get by ID" ;;
    update) label="update status (PATCH)" ;;
    esac
    printf '| %9s | %-23s | %8s | %8s | %8s | %6s | %8s |\n' "$n" "$label" "$p50" "$p99" "$rps" "$errors" "$seed"
done <"$results"
