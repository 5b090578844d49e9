#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build dependencies (Debian 12), builds userdesk and userdesk-server (not the test suite: that is
# scripts/test.sh), starts userdesk-server with a demo project in a per-user data folder and opens Userdesk connected
# to it through the profile "Local demo". The server stops when Userdesk exits. Extra arguments go to userdesk.
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ud_install_packages build
build_dir="$USERDESK_ROOT/build"
configure_args=()
# A new build folder gets no test targets; one that scripts/test.sh configured keeps them (only not built here).
[ -f "$build_dir/CMakeCache.txt" ] || configure_args=(-DUSERDESK_BUILD_TESTS=OFF)
ud_configure "$build_dir" "${configure_args[@]}"
ud_build "$build_dir" userdesk userdesk-server

app="$build_dir/app/userdesk"
server="$build_dir/server/userdesk-server"
[ -x "$app" ] && [ -x "$server" ] || ud_die "the build did not produce $app and $server"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    ud_die "no display: Userdesk is a desktop application and neither DISPLAY nor WAYLAND_DISPLAY is set.
Run this from a desktop session (or over 'ssh -X'), or try it headless with: xvfb-run -a ./scripts/run.sh
(xvfb-run is in the package xvfb)"
fi

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/userdesk-server/demo"
mkdir -p "$data_dir"
chmod 0700 "$data_dir"
work_dir=$(mktemp -d -t userdesk-run.XXXXXX)
chmod 0700 "$work_dir"
server_log="$work_dir/server.log"
server_pid=""

cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ud_log "starting userdesk-server (data in $data_dir)"
# Userdesk is written for Appwrite up to 1.8.1 (1.9's ranges and defaults come with the client's next release), so
# the demo server answers as 1.8.1; userdesk-server alone answers as 1.9.6 by default.
"$server" --listen 127.0.0.1:0 --data "$data_dir" --demo --appwrite-version 1.8.1 >"$server_log" 2>&1 &
server_pid=$!

endpoint=""
for _ in $(seq 1 300); do
    endpoint=$(grep -oE 'https?://127\.0\.0\.1:[0-9]+/v1' "$server_log" | head -n 1 || true)
    [ -n "$endpoint" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$server_log" >&2
        ud_die "userdesk-server stopped before it was ready"
    fi
    sleep 0.1
done
[ -n "$endpoint" ] || {
    cat "$server_log" >&2
    ud_die "userdesk-server did not report its address within 30 seconds"
}
# With --demo the server then prints "Endpoint:", "Project ID:", "Console e-mail:" and "Password and API key: FILE"
# (the seeding of a fresh data folder takes a few seconds).
for _ in $(seq 1 600); do
    grep -q '^Password and API key:' "$server_log" && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        cat "$server_log" >&2
        ud_die "userdesk-server stopped while it set up the demo project"
    fi
    sleep 0.1
done
project=$(sed -nE 's/^Project ID:[[:space:]]*([^[:space:]]+).*/\1/p' "$server_log" | head -n 1)
project=${project:-demo}
secrets_file=$(sed -nE 's/^Password and API key:[[:space:]]*(.+)$/\1/p' "$server_log" | head -n 1)
secrets_file=${secrets_file:-$data_dir/demo-credentials.json}
console_email=$(sed -nE 's/^Console e-mail:[[:space:]]*([^[:space:]]+).*/\1/p' "$server_log" | head -n 1)

args=(--endpoint "$endpoint" --project "$project")
if [ -n "$secrets_file" ] && [ -r "$secrets_file" ]; then
    # The key goes through a private file to Userdesk, which puts it in the keychain (never on a command line).
    # The file is JSON: { …, "apiKey": "standard_…", … }
    api_key=$(sed -nE 's/.*"apiKey"[[:space:]]*:[[:space:]]*"([^"]+)".*/\1/p' "$secrets_file" | head -n 1)
    if [ -n "$api_key" ]; then
        key_file="$work_dir/api-key"
        (umask 077 && printf '%s' "$api_key" >"$key_file")
        args+=(--api-key-file "$key_file")
    else
        ud_log "no API key found in $secrets_file; add it in Userdesk under Manage Profiles"
    fi
else
    ud_log "no readable secrets file ($secrets_file); add the API key in Userdesk under Manage Profiles"
fi

release=$(sed -nE 's/^Answering as Appwrite ([0-9.]+)$/\1/p' "$server_log" | head -n 1)
ud_log "server: $endpoint (answers as Appwrite ${release:-?}, the newest release this Userdesk is written for)"
ud_log "project: $project${console_email:+  console: $console_email}"
ud_log "console password and API key of the demo: $secrets_file"
ud_log "e-mail and SMS the demo would send (codes, links): $data_dir/outbox.jsonl"
ud_log "opening Userdesk"
status=0
"$app" "${args[@]}" "$@" || status=$?
exit "$status"
