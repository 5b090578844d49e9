#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Long fuzzing runs: each target for N minutes, one after the other, on one core (-workers=1, no -jobs/-fork),
# starting from the checked-in corpus. A crash does not end the target's run: the input is kept and the fuzzer
# restarts for the remaining time. Results go to build-fuzz/fuzz/long/<target>/ (log, grown corpus,
# crash-*/leak-*/timeout-* artifacts) and a summary table to build-fuzz/fuzz/long/summary.txt.
#   fuzz/run-long.sh                    every target, 10 minutes each
#   fuzz/run-long.sh -m 5 fuzz_query    one target, 5 minutes
#   -n  do not (re)build build-fuzz/ first
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build-fuzz"
minutes=10
rebuild=1
while getopts "m:nh" opt; do
    case "$opt" in
    m) minutes=$OPTARG ;;
    n) rebuild=0 ;;
    *)
        sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    esac
done
shift $((OPTIND - 1))
targets=("$@")
[ "${#targets[@]}" -gt 0 ] || targets=(fuzz_models fuzz_query fuzz_cookiejar fuzz_server_request)

if [ "$rebuild" = 1 ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
        -DUSERDESK_FUZZ=ON -DUSERDESK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$build" --target userdesk_fuzzers --parallel "${USERDESK_BUILD_JOBS:-2}"
fi

export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export QT_LOGGING_RULES='*.debug=false' LANG=C.UTF-8 LC_ALL=C.UTF-8
summary="$build/fuzz/long/summary.txt"
mkdir -p "$build/fuzz/long"
printf '%-20s %8s %12s %8s %8s %8s %7s  %s\n' target seconds executions cov ft corpus crashes started >>"$summary"

for target in "${targets[@]}"; do
    out="$build/fuzz/long/$target"
    mkdir -p "$out/corpus" "$out/artifacts"
    dict=()
    [ -f "$root/fuzz/dicts/$target.dict" ] && dict=(-dict="$root/fuzz/dicts/$target.dict")
    started=$(date -u +%FT%TZ)
    deadline=$(($(date +%s) + minutes * 60))
    executions=0
    : >"$out/log"
    while :; do
        left=$((deadline - $(date +%s)))
        [ "$left" -gt 5 ] || break
        "$build/fuzz/$target" -max_total_time="$left" -workers=1 -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$out/artifacts/" "${dict[@]}" "$out/corpus" "$root/fuzz/corpus/$target" \
            >"$out/segment.log" 2>&1 || true
        runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$out/segment.log" | tail -1 | grep -o '[0-9]*$' || true)
        # A crashed run may print no final stats: count up to its last status line.
        [ -n "$runs" ] || runs=$(grep -o '^#[0-9]*' "$out/segment.log" | tail -1 | tr -d '#' || true)
        executions=$((executions + ${runs:-0}))
        cat "$out/segment.log" >>"$out/log"
        echo "=== segment ended after ${runs:-0} executions" >>"$out/log"
    done
    # Coverage of the final corpus (one pass, no mutation).
    "$build/fuzz/$target" -runs=0 "$out/corpus" "$root/fuzz/corpus/$target" >"$out/coverage.log" 2>&1 || true
    inited=$(grep -E 'INITED|DONE' "$out/coverage.log" | tail -1)
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$inited")
    ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$inited")
    corpus=$(find "$out/corpus" -type f | wc -l)
    crashes=$(find "$out/artifacts" -type f | wc -l)
    printf '%-20s %8s %12s %8s %8s %8s %7s  %s\n' "$target" $((minutes * 60)) "$executions" "${cov:-?}" "${ft:-?}" \
        "$corpus" "$crashes" "$started" | tee -a "$summary"
done
