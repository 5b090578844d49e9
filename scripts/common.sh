# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by run.sh and test.sh: the Debian 12 packages, and configure + build with CMake/Ninja.
# Sourced, not run.

USERDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian 12 packages. run.sh installs the build list; test.sh also the test list.
# Build: compilers, Qt with Charts (its CMake package needs libqt6opengl6-dev) and the translation tools, the
# server's libraries, ccache, the Secret Service for the keychain and Qt's own translations (qtbase_*.qm for the
# German UI).
USERDESK_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev
    libssl-dev libsqlite3-dev libargon2-dev libcrypt-dev libcpp-httplib-dev libnghttp2-dev
    libsecret-1-0 gnome-keyring qt6-translations-l10n
)
# Tests: D-Bus for the keychain tests, fonts for the offscreen GUI tests, curl, the packaging checks of the installer
# test (dpkg-dev, file, lintian, desktop-file-utils, appstream, systemd for systemd-analyze and systemd-sysusers,
# man-db), clang and its runtime for the libFuzzer build (fuzz/, build-fuzz/). Node.js and npm (SDK compatibility
# tests) are checked by command, below.
USERDESK_TEST_PACKAGES=(
    dbus fonts-dejavu-core curl
    dpkg-dev file lintian desktop-file-utils appstream systemd man-db
    clang libclang-rt-14-dev
)
# Benchmarks and screenshots (bench/, docs/) also use: wrk apache2-utils xvfb xauth imagemagick x11-apps. Neither
# script installs them.

ud_log() { printf '==> %s\n' "$*" >&2; }
ud_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# ud_missing_packages [--node] PACKAGE...: prints those not installed, one per line (--node: Node.js and npm too).
ud_missing_packages() {
    local node=0 package
    if [ "${1:-}" = --node ]; then
        node=1
        shift
    fi
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            printf '%s\n' "$package"
        fi
    done
    [ "$node" -eq 1 ] || return 0
    # Node.js and npm run the SDK compatibility tests. A machine may already have them from another source (e.g.
    # NodeSource's nodejs, which bundles npm and conflicts with Debian's npm package): only ask for Debian's when
    # the commands are missing.
    if ! command -v node >/dev/null 2>&1; then
        printf '%s\n' nodejs
    fi
    if ! command -v npm >/dev/null 2>&1; then
        printf '%s\n' npm
    fi
}

# ud_install_packages build|test: installs what is missing of the build packages (and for test, of the test
# packages, Node.js and npm too), and only then runs apt-get update, so a second run is fast and changes nothing.
ud_install_packages() {
    command -v dpkg-query >/dev/null 2>&1 || ud_die "this script expects Debian 12 (dpkg-query not found)"
    local missing
    if [ "$1" = test ]; then
        mapfile -t missing < <(ud_missing_packages --node "${USERDESK_BUILD_PACKAGES[@]}" "${USERDESK_TEST_PACKAGES[@]}")
    else
        mapfile -t missing < <(ud_missing_packages "${USERDESK_BUILD_PACKAGES[@]}")
    fi
    if [ "${#missing[@]}" -eq 0 ]; then
        ud_log "all required packages are installed"
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            ud_die "these packages are missing: ${missing[*]}. Run this script as root, or install them with: apt-get install --no-install-recommends ${missing[*]}"
        fi
    fi
    ud_log "installing ${#missing[@]} package(s): ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# ud_configure BUILD_DIR [-DNAME=VALUE...]: configures (Ninja, RelWithDebInfo; ccache is picked up by
# CMakeLists.txt when installed). Debug information is line tables only (-g1): backtraces and sanitizer reports keep
# file and line, and the build takes a quarter less time; for a debugger, configure another folder with
# -DCMAKE_BUILD_TYPE=Debug. A configured folder whose cache already holds these values is left to Ninja, which re-runs
# CMake itself when a CMakeLists.txt changes.
ud_configure() {
    local build_dir=$1
    shift
    local settings=(-DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "$@")
    local setting current=1
    if [ -f "$build_dir/build.ninja" ] && [ -f "$build_dir/CMakeCache.txt" ]; then
        for setting in "${settings[@]}"; do
            setting=${setting#-D}
            grep -qxF -e "${setting%%=*}:BOOL=${setting#*=}" -e "${setting%%=*}:STRING=${setting#*=}" \
                "$build_dir/CMakeCache.txt" || current=0
        done
        [ "$current" -eq 0 ] || return 0
    fi
    ud_log "configuring $build_dir"
    cmake -S "$USERDESK_ROOT" -B "$build_dir" -G Ninja "${settings[@]}"
}

# ud_build BUILD_DIR [TARGET...]: builds the targets (all when none is given); only what changed is rebuilt.
ud_build() {
    local build_dir=$1
    shift
    local targets=()
    [ "$#" -eq 0 ] || targets=(--target "$@")
    ud_log "building ${*:-everything} (this takes a few minutes the first time)"
    cmake --build "$build_dir" --parallel "${USERDESK_BUILD_JOBS:-$(nproc)}" "${targets[@]}"
}

# ud_time NAME COMMAND...: runs the command and adds "NAME <seconds>" to the timing summary (ud_times) — the
# command's status is returned.
USERDESK_TIMES=()
ud_time() {
    local name=$1 start status=0
    shift
    start=$(date +%s%N)
    "$@" || status=$?
    USERDESK_TIMES+=("$name $((($(date +%s%N) - start) / 100000000))")
    return "$status"
}
ud_times() {
    local entry summary=""
    for entry in "${USERDESK_TIMES[@]}"; do
        local tenths=${entry##* }
        summary+="${entry% *} $((tenths / 10)).$((tenths % 10)) s, "
    done
    ud_log "time: ${summary%, }"
}
