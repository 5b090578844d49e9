#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Compares two userdesk-server builds (figures for BENCHMARKS.md): runs bench/server-bench.sh on A, then B, ROUNDS
# times in turn (so that a change in the machine's load hits both alike) and prints the median of each figure per
# build and endpoint, with B's change against A. Use it before and after a change to the server's code.
#
#   bench/server-ab.sh path/to/userdesk-server-A path/to/userdesk-server-B
#   env: ROUNDS=5  SIZES=10000  DURATION=5s  (passed on to server-bench.sh: WRK_CONNECTIONS, WRK_THREADS)
#        ARGS_A, ARGS_B: server options of each side (SERVER_ARGS), e.g. "--appwrite-version 1.8.1"
#        FORMAT_A, FORMAT_B: the response format each side's requests send (BENCH_FORMAT; "none": no header)
#   Both paths may be the same build, to compare two releases or two response formats of one server.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
[ "$#" -eq 2 ] || { sed -n '4,13p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
a=$1
b=$2
rounds=${ROUNDS:-5}
export SIZES=${SIZES:-10000} DURATION=${DURATION:-5s}
rows=$(mktemp "${TMPDIR:-/tmp}/userdesk-ab.XXXXXX")
trap 'rm -f "$rows"' EXIT

echo "userdesk-server A/B — $(date -u '+%F %H:%M UTC'), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "A: $a ${ARGS_A:-} (format ${FORMAT_A:-1.7.0})"
echo "B: $b ${ARGS_B:-} (format ${FORMAT_B:-1.7.0})"
for round in $(seq 1 "$rounds"); do
    for side in A B; do
        bin=$a args=${ARGS_A:-} format=${FORMAT_A:-1.7.0}
        [ "$side" = B ] && bin=$b args=${ARGS_B:-} format=${FORMAT_B:-1.7.0}
        SERVER_ARGS=$args BENCH_FORMAT=$format "$here/server-bench.sh" "$bin" | awk -v side="$side" -F'|' '
            $2 ~ /^ *[0-9]+ *$/ { gsub(/ +$/, "", $3); gsub(/^ +/, "", $3);
                                  printf "%s\t%s\t%s\t%s\t%s\n", side, $3, $4 + 0, $5 + 0, $6 + 0 }' >>"$rows"
    done
    echo "round $round of $rounds done (load: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
done

python3 - "$rows" "$rounds" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
figures = {}
for side, endpoint, p50, p99, rps in rows:
    figures.setdefault((endpoint, side), []).append((float(p50), float(p99), float(rps)))
endpoints = list(dict.fromkeys(endpoint for _, endpoint, *_ in rows))
print(f"\nmedians of {sys.argv[2]} rounds each\n")
print("| endpoint | p50 ms A | p50 ms B | p99 ms A | p99 ms B | req/s A | req/s B | req/s B vs A |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for endpoint in endpoints:
    a = figures.get((endpoint, "A"), [])
    b = figures.get((endpoint, "B"), [])
    if not a or not b:
        continue
    med = lambda runs, i: statistics.median(run[i] for run in runs)
    change = (med(b, 2) / med(a, 2) - 1) * 100
    print(f"| {endpoint} | {med(a, 0):.2f} | {med(b, 0):.2f} | {med(a, 1):.2f} | {med(b, 1):.2f} | "
          f"{med(a, 2):.0f} | {med(b, 2):.0f} | {change:+.1f} % |")
PY
