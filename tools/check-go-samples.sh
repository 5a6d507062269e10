#!/usr/bin/env bash
# Checks every Go code block of a pack with a real Go toolchain, as content/FORMAT.md promises:
#   fragment        gofmt -e parses it and leaves it unchanged
#   program         gofmt-clean, go vet, built, run (10 s limit); output compared with its "// Output:"
#   norun, file     gofmt-clean, go vet, built
#   test            gofmt-clean, go vet, go test
# A block that names a newer Go release than the toolchain (go1.NN) is reported as skipped.
#
# usage: tools/check-go-samples.sh EXTRACTOR PACK_DIR
#   EXTRACTOR  the goprep-extract-samples tool of a GoPrep build
# Needs go and gofmt on PATH; works offline (golang.org/x/sync and x/time come from Debian's
# golang-golang-x-sync-dev and golang-golang-x-time-dev). Exit status 1 when any block fails.
set -euo pipefail
[ $# -eq 2 ] || { sed -n '2,12p' "$0"; exit 2; }
extractor=$1
pack=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
samples=$work/samples
"$extractor" "$pack" "$samples" >/dev/null

toolchain=$(go env GOVERSION | sed 's/^go//')
toolchain_minor=$(echo "$toolchain" | cut -d. -f2)
export GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local GONOSUMDB=*
export GOCACHE=${GOCACHE:-$work/cache} HOME=${HOME:-$work}
gocode=/usr/share/gocode/src/golang.org/x
# Debian's x/time has no go.mod; the replace needs one.
if [ -d "$gocode/time" ] && [ ! -f "$gocode/time/go.mod" ]; then
    mkdir -p "$work/xtime" && cp -r "$gocode/time/." "$work/xtime/"
    printf 'module golang.org/x/time\n\ngo 1.18\n' >"$work/xtime/go.mod"
    xtime=$work/xtime
else
    xtime=$gocode/time
fi

failures=0
fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }
source_of() { awk -F'\t' -v d="$1" '$1 == d { print $3 }' "$samples/manifest.tsv"; }

checked=0 skipped=0 fragments=0 programs=0 ran=0 compared=0 tests=0 built=0
module_dirs=()
program_dirs=()
test_dirs=()
while IFS=$'\t' read -r dir kind source min output; do
    checked=$((checked + 1))
    if [ "$min" != - ] && [ "$(echo "$min" | cut -d. -f2)" -gt "$toolchain_minor" ]; then
        echo "skip $source: needs Go $min, toolchain is $toolchain"
        skipped=$((skipped + 1))
        continue
    fi
    case $kind in
    fragment)
        fragments=$((fragments + 1))
        if ! formatted=$(gofmt -e <"$samples/$dir/fragment.go" 2>&1); then
            fail "$source" "gofmt -e: $formatted"
        elif [ "$formatted" != "$(cat "$samples/$dir/fragment.go")" ]; then
            fail "$source" "not gofmt-clean:
$(diff <(echo "$formatted") "$samples/$dir/fragment.go" || true)"
        fi
        mv "$samples/$dir" "$work/fragment-$dir" # keep it out of the module
        ;;
    program) module_dirs+=("./$dir"); program_dirs+=("$dir") ;;
    test) module_dirs+=("./$dir"); test_dirs+=("./$dir") ;;
    *) module_dirs+=("./$dir") ;;
    esac
done <"$samples/manifest.tsv"

cd "$samples"
cat >go.mod <<EOF
module goprep.samples

go 1.26

require (
	golang.org/x/sync v0.0.0
	golang.org/x/time v0.0.0
)

replace golang.org/x/sync => $gocode/sync

replace golang.org/x/time => $xtime
EOF

# Errors name ./sNNN_... paths; say which pack file and line they come from.
explain() { sed -E 's#(\./)?(s[0-9]{3}_[a-z0-9_]+)/#\2/#' | while IFS= read -r line; do
    dir=$(echo "$line" | grep -oE '^s[0-9]{3}_[a-z0-9_]+' || true)
    if [ -n "$dir" ]; then echo "  $(source_of "$dir"): $line"; else echo "  $line"; fi
done; }

unformatted=$(gofmt -l "${module_dirs[@]}" 2>&1 || true)
for f in $unformatted; do
    fail "$(source_of "$(dirname "${f#./}")")" "not gofmt-clean"
done

if ! vet=$(go vet "${module_dirs[@]}" 2>&1); then
    echo "$vet" | explain
    fail "go vet" "reported problems (above)"
fi

mkdir -p "$work/bin"
if ! build=$(go build -o "$work/bin/" "${module_dirs[@]}" 2>&1); then
    echo "$build" | explain
    fail "go build" "failed (above)"
fi
built=${#module_dirs[@]}

for dir in "${program_dirs[@]}"; do
    programs=$((programs + 1))
    [ -x "$work/bin/$dir" ] || continue
    if ! actual=$(cd "$work" && timeout 10 "$work/bin/$dir" 2>&1); then
        fail "$(source_of "$dir")" "the program failed or did not finish in 10 s:
$actual"
        continue
    fi
    ran=$((ran + 1))
    if [ -f "$dir/expected.txt" ]; then
        compared=$((compared + 1))
        if [ "$actual" != "$(cat "$dir/expected.txt")" ]; then
            fail "$(source_of "$dir")" "output differs from its // Output: comment:
$(diff <(echo "$actual") "$dir/expected.txt" || true)"
        fi
    fi
done

if [ ${#test_dirs[@]} -gt 0 ]; then
    tests=${#test_dirs[@]}
    if ! result=$(go test -count=1 "${test_dirs[@]}" 2>&1); then
        echo "$result" | explain
        fail "go test" "failed (above)"
    fi
fi

echo "Go samples ($(go version | cut -d' ' -f3)): $checked blocks checked — $fragments fragments parsed, $built files vetted and built, $ran of $programs programs run ($compared outputs compared), $tests test files run, $skipped skipped for a newer Go; $failures failures"
[ $failures -eq 0 ]
