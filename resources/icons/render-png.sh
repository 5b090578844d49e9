#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the PNG sizes of the app icon. ImageMagick on Debian 12 has no SVG delegate without librsvg, so the
# shapes of userdesk.svg are repeated here as ImageMagick draw primitives (keep both in step).
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp --suffix=.png)
trap 'rm -f "$tmp"' EXIT
convert -size 512x512 xc:none \
    -fill '#2b3a55' -draw "scale 4,4 roundrectangle 4,4 123,123 24,24" \
    -fill '#f2f5fa' -draw "scale 4,4 circle 52,44 52,62" \
    -draw "scale 4,4 path 'M 18 104 C 18 80 32 68 52 68 C 72 68 86 80 86 104 Z'" \
    -fill '#fd366e' -stroke '#2b3a55' -strokewidth 4 \
    -draw "scale 4,4 path 'M 92 56 L 116 64 L 116 82 C 116 98 106 108 92 114 C 78 108 68 98 68 82 L 68 64 Z'" \
    -fill none -stroke '#ffffff' -strokewidth 6 \
    -draw "stroke-linecap round stroke-linejoin round scale 4,4 path 'M 81 84 L 89 92 L 104 75'" \
    "PNG32:$tmp"
for size in 32 48 64 128 256; do
    convert "$tmp" -resize "${size}x${size}" "PNG32:userdesk-$size.png"
done
