#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Long reliability runs (figures in RELIABILITY.md): 50 clients × 60 s of mixed load, then ≥ 20 rounds of kill -9
# during writes. Usage: scripts/reliability.sh [build-dir]   (default: build)
set -eu
build=${1:-build}
cmake --build "$build" --target server_load userdesk-server -j2
server="$build/server/userdesk-server"
echo "== load: 50 clients, 60 s"
"$build/bench/server_load" load --server "$server" --clients 50 --seconds 60 --seed 200
echo "== kill -9: 22 rounds"
"$build/bench/server_load" crash --server "$server" --rounds 22
