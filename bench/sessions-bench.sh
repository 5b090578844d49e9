#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Figures of the sessions explorer (it must stay responsive on a project with 100,000 users), in one run:
#   1. userdesk-server --seed-users USERS (bulk load: users only, sessions for the first 1,000 of them);
#   2. the server is stopped and every user gets sessions straight in SQLite (one INSERT … SELECT, a few seconds;
#      even-numbered users get a second one): SESSIONS ≈ 1.5 × USERS, created 0-60 days ago, five browsers;
#   3. the server is started again on the same data and bench_sessions drives the real SessionsPage offscreen:
#      scan, filters, sorting, and a bulk revoke of REVOKE sessions of a filtered set.
# Usage: bench/sessions-bench.sh [BUILD_DIR] [USERS] [REVOKE]   (defaults: build 100000 1000)
# Traffic goes to 127.0.0.1 only; every step is bounded in time.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
users=${2:-100000}
revoke=${3:-1000}
data=$(mktemp -d -t userdesk-sessions-bench.XXXXXX)
log="$data/server.log"
server_pid=
trap 'if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi; rm -rf "$data"' EXIT

start_server() {
    : >"$log"
    "$build/server/userdesk-server" --listen 127.0.0.1:0 --data "$data" --seed-users "$users" --no-rate-limits \
        --threads 64 >"$log" 2>&1 &
    server_pid=$!
    for _ in $(seq 1 600); do
        grep -q '^Password and API key:' "$log" 2>/dev/null && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.2
    done
    cat "$log"
    echo "server did not start" >&2
    exit 1
}

stop_server() {
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
}

echo "== machine: $(nproc) cores, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M UTC')"
echo "== seeding $users users"
start=$(date +%s.%N)
start_server
printf 'seed_users_seconds: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
project=$(sed -n 's/^Project ID: *//p' "$log")
secrets=$(sed -n 's/^Password and API key: *//p' "$log")
stop_server

echo "== sessions for every user (SQLite, server stopped)"
start=$(date +%s.%N)
db="$data/userdesk.db"
[ -f "$db" ] || { ls -la "$data"; echo "no database in $data" >&2; exit 1; }
sqlite3 -batch "$db" >/dev/null <<SQL  # (PRAGMA busy_timeout echoes its value)
PRAGMA busy_timeout = 10000;
BEGIN;
WITH k(n) AS (VALUES (1), (2)),
src AS MATERIALIZED (
    SELECT u.project AS project, u.id AS uid, u.email AS email,
           abs(random()) % 5184000 AS age, abs(random()) % 5 AS ua, abs(random()) % 254 + 1 AS ip
    FROM users u JOIN k ON k.n = 1 OR u.internal_id % 2 = 0
    WHERE u.project = '$project')
INSERT INTO sessions(project, id, user_id, created_at, updated_at, expire, provider, provider_uid, secret, factors,
                     ip, user_agent)
SELECT project, lower(hex(randomblob(10))), uid,
       strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-' || age || ' seconds'),
       strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-' || age || ' seconds'),
       strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now', '-' || age || ' seconds', '+365 days'),
       CASE WHEN email IS NULL THEN 'anonymous' ELSE 'email' END, coalesce(email, ''), lower(hex(randomblob(32))),
       CASE WHEN email IS NULL THEN '["anonymous"]' ELSE '["password"]' END, '198.51.100.' || ip,
       CASE ua
           WHEN 0 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36'
           WHEN 1 THEN 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'
           WHEN 2 THEN 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'
           WHEN 3 THEN 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
           ELSE 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36'
       END
FROM src;
COMMIT;
SQL
printf 'seed_sessions_seconds: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
printf 'sessions_in_project: %s sessions\n' "$(sqlite3 "$db" "SELECT count(*) FROM sessions WHERE project = '$project'")"

echo "== bench_sessions (SessionsPage, Qt offscreen)"
start_server
endpoint=$(sed -n 's/^Endpoint: *//p' "$log")
# BENCH_WRAP: a command to run the program under (e.g. "perf record -o /tmp/sessions.perf").
timeout 600 env QT_QPA_PLATFORM=offscreen ${BENCH_WRAP:-} "$build/bench/bench_sessions" --endpoint "$endpoint" --project "$project" \
    --key-file "$secrets" --revoke "$revoke" ${BENCH_HTTP1:+--http1}
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
