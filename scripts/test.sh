#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build dependencies (Debian 12), builds with warnings as errors and runs the whole ctest suite
# headless: offscreen Qt, a private D-Bus session with an unlocked gnome-keyring, fresh XDG_RUNTIME_DIR and
# XDG_DATA_HOME. Then builds the libFuzzer targets (clang, build-fuzz/) and runs each for a few seconds over its
# checked-in corpus (ctest label fuzz). Exits non-zero when either ctest run fails; prints where the time went.
# USERDESK_BUILD_JOBS and USERDESK_TEST_JOBS (default: the number of cores) set the parallelism.
#   ./scripts/test.sh              build/ (RelWithDebInfo)
#   ./scripts/test.sh --sanitize   build-asan/ with AddressSanitizer + UBSan
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build_dir="$USERDESK_ROOT/build"
cmake_args=(-DUSERDESK_WERROR=ON -DUSERDESK_BUILD_TESTS=ON)
while [ "$#" -gt 0 ]; do
    case "$1" in
    --sanitize)
        build_dir="$USERDESK_ROOT/build-asan"
        cmake_args+=(-DUSERDESK_SANITIZE=ON)
        # Stop at the first finding with a stack; LeakSanitizer ignores only third-party leaks (scripts/lsan.supp).
        export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:print_stacktrace=1
        export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
        export LSAN_OPTIONS="suppressions=$USERDESK_ROOT/scripts/lsan.supp:print_suppressions=0"
        ;;
    -h | --help)
        sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) ud_die "unknown option: $1 (try --help)" ;;
    esac
    shift
done

jobs=${USERDESK_TEST_JOBS:-$(nproc)}
ud_time "apt (build)" ud_install_packages build
# The test tools (lintian, clang, Node.js, …) are only needed once the build is done: as root, apt installs them
# while the project builds (sudo could not ask for a password in the background).
test_packages_log=$(mktemp -t userdesk-apt.XXXXXX)
test_packages_pid=""
if [ "$(id -u)" -eq 0 ]; then
    ud_install_packages test >"$test_packages_log" 2>&1 &
    test_packages_pid=$!
else
    ud_time "apt (test)" ud_install_packages test
fi
build_status=0
ud_time configure ud_configure "$build_dir" "${cmake_args[@]}" &&
    ud_time build ud_build "$build_dir" || build_status=$?
if [ -n "$test_packages_pid" ]; then
    ud_log "waiting for the test packages"
    if ! ud_time "apt (test, after the build)" wait "$test_packages_pid"; then
        cat "$test_packages_log" >&2
        ud_die "installing the test packages failed"
    fi
fi
rm -f "$test_packages_log"
[ "$build_status" -eq 0 ] || ud_die "the build failed"

runtime_dir=$(mktemp -d -t userdesk-runtime.XXXXXX)
data_dir=$(mktemp -d -t userdesk-data.XXXXXX)
chmod 0700 "$runtime_dir" "$data_dir"
trap 'rm -rf "$runtime_dir" "$data_dir"' EXIT

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$runtime_dir"
export XDG_DATA_HOME="$data_dir"

# tests/compat runs the official Appwrite SDKs pinned in its package-lock.json: install them before ctest's clock starts.
[ -d "$USERDESK_ROOT/tests/compat/node_modules" ] ||
    ud_time npm npm ci --prefix "$USERDESK_ROOT/tests/compat" --no-audit --no-fund --loglevel=error

ud_fuzz_build() {
    [ -f "$1/CMakeCache.txt" ] ||
        cmake -S "$USERDESK_ROOT" -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
            -DUSERDESK_FUZZ=ON -DUSERDESK_BUILD_TESTS=OFF >/dev/null &&
        ud_build "$1" userdesk_fuzzers
}

# Fuzzing (fuzz/README.md): a clang build of the fuzz targets and their libraries only, then a bounded run of each.
# The build runs beside the tests at the lowest CPU priority: the tests spend much of their time waiting on their
# servers and the compiler takes what they leave (a niced process gets about 1.5 % of a busy core).
fuzz_dir="$USERDESK_ROOT/build-fuzz"
fuzz_log=$(mktemp -t userdesk-fuzz-build.XXXXXX)
ud_log "building the fuzz targets in $fuzz_dir beside the tests (log: $fuzz_log)"
(
    renice -n 19 -p "$BASHPID" >/dev/null 2>&1 || true
    ud_fuzz_build "$fuzz_dir"
) >"$fuzz_log" 2>&1 &
fuzz_pid=$!

ud_log "running the tests in $build_dir"
cd "$build_dir"
status=0
ud_time ctest dbus-run-session -- sh -c 'echo -n ci | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
    ctest --output-on-failure -j"$1" --timeout 600' sh "$jobs" || status=$?

ud_log "running the fuzz targets briefly"
if ud_time "fuzz build (after the tests)" wait "$fuzz_pid"; then
    ud_time "fuzz run" ctest --test-dir "$fuzz_dir/fuzz" -L fuzz --output-on-failure -j"$jobs" || status=$?
else
    cat "$fuzz_log" >&2
    ud_log "the fuzz build failed"
    status=1
fi
rm -f "$fuzz_log"
ud_times
exit "$status"
