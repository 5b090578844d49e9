#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the Appwrite SDK compatibility tests (official node-appwrite and @appwrite.io/console from npm)
# against a fresh userdesk-server. Installs the pinned npm packages from package-lock.json (npm ci) when
# they are missing. Fails - never skips - when node, npm or the packages are unavailable.
#   USERDESK_SERVER_BIN=/path/to/userdesk-server tests/compat/run-compat.sh [--release=1.8.1] [node --test args or files]
#   tests/compat/run-compat.sh --install-only   only check (and install) the pinned packages
#   COMPAT_TRACE=1|<file>   log every HTTP exchange between the SDKs and the server
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() {
    echo "run-compat: $*" >&2
    exit 1
}

if [ "${1:-}" != --install-only ]; then
    [ -n "${USERDESK_SERVER_BIN:-}" ] || die "USERDESK_SERVER_BIN is not set (path to userdesk-server)"
    [ -x "$USERDESK_SERVER_BIN" ] || die "USERDESK_SERVER_BIN=$USERDESK_SERVER_BIN is not an executable"
fi
command -v node >/dev/null 2>&1 || die "node is not installed (Node.js >= 18.17 is required)"
node_ok=$(node -p 'const [a, b] = process.versions.node.split(".").map(Number); a > 18 || (a === 18 && b >= 17)')
[ "$node_ok" = true ] || die "Node.js >= 18.17 is required, found $(node --version)"

# The installed packages must be exactly the locked ones; otherwise (re)install them with npm ci.
packages_ok() {
    node --input-type=module -e '
        import { readFileSync } from "node:fs";
        const dir = process.argv[1];
        const lock = JSON.parse(readFileSync(`${dir}/package-lock.json`, "utf8"));
        for (const name of ["node-appwrite", "@appwrite.io/console"]) {
            const want = lock.packages[`node_modules/${name}`].version;
            const have = JSON.parse(readFileSync(`${dir}/node_modules/${name}/package.json`, "utf8")).version;
            if (want !== have) process.exit(1);
        }' "$here" >/dev/null 2>&1
}
if ! packages_ok; then
    command -v npm >/dev/null 2>&1 || die "npm is not installed and $here/node_modules is missing"
    echo "run-compat: installing the pinned SDKs (npm ci)" >&2
    npm ci --prefix "$here" --no-audit --no-fund --loglevel=error || die "npm ci failed"
    packages_ok || die "node_modules does not match package-lock.json after npm ci"
fi

[ "${1:-}" = --install-only ] && exit 0
exec node "$here/launcher.mjs" "$@"
