#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page and dialog of Userdesk against a demo userdesk-server into docs/screenshots/, in light and dark,
# English and German, at 1x and 2x (tests/ui/screenshots.cpp; offscreen, no display needed). Not a test: look at
# the pictures. README.md shows some of them. Builds the tool first (into build/, as test.sh does).
#   ./scripts/screenshots.sh [OUT_DIR]     (default: docs/screenshots)
set -euo pipefail
# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

out=${1:-$USERDESK_ROOT/docs/screenshots}
build_dir="$USERDESK_ROOT/build"
ud_configure "$build_dir" -DUSERDESK_BUILD_TESTS=ON >/dev/null
cmake --build "$build_dir" --target screenshots userdesk-server userdesk >/dev/null
tool="$build_dir/tests/ui/screenshots"
runtime=$(mktemp -d -t userdesk-shots.XXXXXX)
chmod 0700 "$runtime"
trap 'rm -rf "$runtime"' EXIT
for theme in light dark; do
    for language in en de; do
        for scale in 1 2; do
            dir="$out/$theme-$language-${scale}x"
            rm -rf "$dir"
            ud_log "rendering $theme, $language, ${scale}x into $dir"
            env QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR="$scale" XDG_RUNTIME_DIR="$runtime" \
                QT_LOGGING_RULES='userdesk.*.debug=false;qt.qpa.*=false' LANG=C.UTF-8 \
                USERDESK_SERVER_BIN="$build_dir/server/userdesk-server" USERDESK_QM_DIR="$build_dir/app" \
                USERDESK_SCREENSHOT_DIR="$dir" USERDESK_THEME="$theme" USERDESK_LANGUAGE="$language" \
                "$tool" 2>&1 | grep -v -e 'propagateSizeHints' -e '^$' || true
        done
    done
done
