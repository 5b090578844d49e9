# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Shared by run.sh and test.sh: the Debian 12 packages, and configure + build with CMake/Ninja.
# Sourced, not run.

USERDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# env-recipe §1, plus ccache, Qt Charts (its CMake package needs libqt6opengl6-dev), the desktop/AppStream validators, D-Bus, Node (SDK compatibility tests)
# and Qt's own translations (qtbase_*.qm for the German UI).
USERDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libxkbcommon-dev
    libssl-dev libsqlite3-dev libargon2-dev libcrypt-dev libcpp-httplib-dev libnghttp2-dev
    libsecret-1-0 gnome-keyring
    xvfb xauth imagemagick x11-apps fonts-dejavu-core
    wrk apache2-utils curl
    ccache qt6-charts-dev libqt6opengl6-dev desktop-file-utils appstream dbus qt6-translations-l10n
    clang libclang-rt-14-dev # the libFuzzer build (fuzz/, build-fuzz/)
)

ud_log() { printf '==> %s\n' "$*" >&2; }
ud_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Prints the packages of USERDESK_PACKAGES that are not installed, one per line.
ud_missing_packages() {
    local package
    for package in "${USERDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
            printf '%s\n' "$package"
        fi
    done
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

# Installs what is missing (and only then runs apt-get update), so a second run is fast and changes nothing.
ud_install_packages() {
    command -v dpkg-query >/dev/null 2>&1 || ud_die "this script expects Debian 12 (dpkg-query not found)"
    local missing
    mapfile -t missing < <(ud_missing_packages)
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

# ud_build BUILD_DIR [CMAKE_ARGS...]: configures (Ninja, RelWithDebInfo; ccache is picked up by CMakeLists.txt when
# installed) and builds. Re-running only rebuilds what changed.
ud_build() {
    local build_dir=$1
    shift
    ud_log "configuring $build_dir"
    cmake -S "$USERDESK_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    ud_log "building (this takes a few minutes the first time)"
    cmake --build "$build_dir" --parallel "${USERDESK_BUILD_JOBS:-$(nproc)}"
}
