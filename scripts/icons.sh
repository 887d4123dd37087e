#!/usr/bin/env bash
# Renders the PNG app icons of the web app manifest from the SVG sources in assets/ (run by
# hand when an icon changes; the PNGs are committed). Needs rsvg-convert (Debian librsvg2-bin).
#   assets/favicon.svg        -> favicon-32.png (the page's icon), icon-192.png, icon-512.png
#                                (purpose "any", rounded)
#   assets/icon-maskable.svg  -> icon-maskable-512.png             (purpose "maskable", full bleed,
#                                                                   the bars inside the safe zone)
set -euo pipefail
cd "$(dirname "$0")/../assets"
command -v rsvg-convert >/dev/null || { echo "icons.sh: install rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
rsvg-convert --width 32 --height 32 favicon.svg -o favicon-32.png
for size in 192 512; do
  rsvg-convert --width "$size" --height "$size" favicon.svg -o "icon-$size.png"
done
rsvg-convert --width 512 --height 512 icon-maskable.svg -o icon-maskable-512.png
ls -l favicon-32.png icon-*.png
