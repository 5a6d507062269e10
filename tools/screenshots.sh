#!/usr/bin/env bash
# Regenerates the README's screenshots from a made-up month of preparation (tools/demo-data.py):
#   tools/screenshots.sh [BUILD_DIR]      (default build/dev)
# writes docs/screenshots/<page>-<theme>.png (the practice pages), main-<language>.png (the window in German
# and Japanese) and cheat-sheet.png (the first page of a cheat sheet of weak topics, through pdftoppm).
# Uses only goprep's own command line: --list, --import, --screenshot --page and --cheat-sheet, in a scratch
# data folder. The Japanese screenshot wants a CJK font (Debian: fonts-noto-cjk).
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
for language in de ja; do
    case $language in de) locale=de_DE.UTF-8 ;; ja) locale=ja_JP.UTF-8 ;; esac
    LANG=$locale LANGUAGE=$language "$goprep" --data-dir "$scratch/data" --screenshot \
        "docs/screenshots/main-$language.png" --question go/select --theme light 2>/dev/null
    echo "docs/screenshots/main-$language.png"
done
LANG=C.UTF-8 LANGUAGE= "$goprep" --data-dir "$scratch/data" --cheat-sheet "$scratch/sheet.pdf" >/dev/null
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$scratch/sheet.pdf" docs/screenshots/cheat-sheet
echo docs/screenshots/cheat-sheet.png
