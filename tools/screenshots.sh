#!/usr/bin/env bash
# Regenerates the README's practice screenshots from a made-up month of preparation (tools/demo-data.py):
#   tools/screenshots.sh [BUILD_DIR]      (default build/dev; writes docs/screenshots/<page>-<theme>.png)
# Uses only goprep's own command line: --list, --import and --screenshot --page, in a scratch data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
goprep=${1:-build/dev}/app/goprep
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
"$goprep" --data-dir "$scratch/data" --list >"$scratch/ids.tsv"
tools/demo-data.py "$scratch/ids.tsv" "$scratch/demo.json"
"$goprep" --data-dir "$scratch/data" --import "$scratch/demo.json"
for theme in light dark; do
    for page in review drill progress; do
        "$goprep" --data-dir "$scratch/data" --screenshot "docs/screenshots/$page-$theme.png" --page "$page" \
            --theme "$theme" 2>/dev/null
        echo "docs/screenshots/$page-$theme.png"
    done
done
