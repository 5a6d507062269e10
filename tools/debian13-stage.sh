#!/usr/bin/env bash
# The Debian 13 stage of CI: builds GoPrep against Qt 6.8 and KDE's KF6 SyntaxHighlighting (which Debian 12
# does not package) inside a minimal Debian 13 root made with debootstrap, and runs the whole test suite
# there. Also checks every Go code sample of the question bank with Go from trixie-backports.
#
#   tools/debian13-stage.sh            make (or reuse) the root, build, test, check the samples
#
# Environment:
#   GOPREP_DEBIAN13_ROOT  where the root lives (default: build/debian13-root; reused when present)
#   GOPREP_MIRROR         Debian mirror (default: the first Debian URI in this machine's apt sources)
#   JOBS                  build jobs (default 2)
# Needs root (debootstrap, chroot, mount); installs debootstrap on the host when missing.
# Everything mounted is unmounted on exit, failure included. Exit status: non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
jobs=${JOBS:-2}
root=${GOPREP_DEBIAN13_ROOT:-$repo/build/debian13-root}
out=$repo/build/debian13
mkdir -p "$out"

stage=debian13
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=GOPREP_DEBIAN13_ROOT,GOPREP_MIRROR,JOBS "$0" "$@"
fi
# shellcheck source=lib/debian-root.sh
source tools/lib/debian-root.sh

start=$(date +%s)
debian_root trixie "$root" "$out/debootstrap.log"
echo "deb $(debian_mirror) trixie-backports main" >"$root/etc/apt/sources.list.d/backports.list"

packages=(g++ cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libkf6syntaxhighlighting-dev libgl-dev fonts-dejavu-core
    golang-golang-x-sync-dev golang-golang-x-time-dev appstream desktop-file-utils)
log "installing ${#packages[@]} packages and golang-1.26 from trixie-backports"
in_root apt-get update -q >"$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; exit 1; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}" \
    >>"$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; exit 1; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -t trixie-backports \
    golang-1.26-go >>"$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; exit 1; }
log "root ready after $(($(date +%s) - start)) s"

log "versions:"
in_root sh -c 'echo "  Debian $(cat /etc/debian_version)"; \
    dpkg-query -W -f="  \${Package} \${Version}\n" qt6-base-dev libkf6syntaxhighlighting-dev libsqlite3-0 g++ cmake golang-1.26-go; \
    echo "  $(go version)"'

# The sources: what git tracks, as in the checkout (committed or not), copied in fresh.
rm -rf "$root/src"
mkdir -p "$root/src"
(git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - ) | tar -xf - -C "$root/src"

log "configure with GOPREP_KSYNTAXHIGHLIGHTING=ON"
in_root cmake -S /src -B /src/build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOPREP_WERROR=ON \
    -DGOPREP_KSYNTAXHIGHLIGHTING=ON 2>&1 | tee "$out/configure.log" | grep -E "GoPrep|KF6|Qt" || true
grep -q "KF6SyntaxHighlighting .* found" "$out/configure.log" || { log "KF6SyntaxHighlighting was not found"; exit 1; }

log "build (-j$jobs)"
in_root cmake --build /src/build -j"$jobs" >"$out/build.log" 2>&1 || { grep -E "error|Error" -A3 "$out/build.log" | head -40; exit 1; }

log "test"
in_root ctest --test-dir /src/build --output-on-failure -j"$jobs" -LE bench

log "desktop file and metainfo with Debian 13's validators"
in_root desktop-file-validate /src/packaging/linux/io.github.goprep.GoPrep.desktop
in_root appstreamcli validate --no-net --explain /src/build/packaging/linux/io.github.goprep.GoPrep.metainfo.xml
log "$(in_root appstreamcli --version | head -1 | tr -d '\n'): valid"

log "screenshots with KF6 colours"
for theme in light dark; do
    in_root /src/build/app/goprep --data-dir /tmp/goprep-shot --screenshot /src/build/main-$theme.png \
        --question go/timers --theme "$theme"
    cp "$root/src/build/main-$theme.png" "$out/kf6-main-$theme.png"
done
cp -r "$root/src/build/screenshots" "$out/" 2>/dev/null || true

log "Go code samples of the question bank with $(in_root go version | cut -d' ' -f3)"
extractor=/src/build/tools/samples/goprep-extract-samples
in_root /src/tools/check-go-samples.sh "$extractor" /src/content/go
# The checker itself must be able to fail: a pack of four broken samples has to be rejected, each one.
if in_root /src/tools/check-go-samples.sh "$extractor" /src/tests/data/bad-samples >"$out/bad-samples.log" 2>&1; then
    cat "$out/bad-samples.log"
    log "the Go sample check accepted tests/data/bad-samples"
    exit 1
fi
grep -q "; 4 failures$" "$out/bad-samples.log" || { cat "$out/bad-samples.log"; log "expected 4 failures"; exit 1; }
log "self-check: the sample check rejects all 4 broken samples of tests/data/bad-samples"

log "passed in $(($(date +%s) - start)) s; screenshots in $out"
