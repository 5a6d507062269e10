#!/usr/bin/env bash
# Installs GoPrep's .deb into a clean Debian 12 root, as a user would, and takes it out again:
#   tools/install-test.sh PATH/TO/goprep_VERSION_ARCH.deb
# 1. debootstrap --variant=minbase bookworm (kept in GOPREP_INSTALL_ROOT, default build/install-root, and
#    reused: the root is checked to be clean of GoPrep before anything is installed);
# 2. apt-get install ./goprep_*.deb: apt resolves the package's declared dependencies from the archive,
#    so a missing dependency fails here;
# 3. runs the installed /usr/bin/goprep: --version must print the package's version, --screenshot must
#    render the window offscreen (this needs the SQLite driver and the fonts the dependencies bring);
# 4. apt-get purge goprep, then autoremove: no file of the package, nothing named goprep anywhere but the
#    test's own scratch folder, and no dependency pulled in for it may be left.
# Needs root (debootstrap, chroot, mount); re-runs itself with sudo otherwise. Unmounts on exit.
set -euo pipefail
deb=$(realpath "${1:?usage: tools/install-test.sh PATH/TO/goprep.deb}")
script=$(realpath "$0")
cd "$(dirname "$script")/.."
repo=$(pwd)
root=${GOPREP_INSTALL_ROOT:-$repo/build/install-root}
out=$repo/build/install-test
stage=install-test
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=GOPREP_INSTALL_ROOT,GOPREP_MIRROR "$script" "$deb"
fi
# shellcheck source=lib/debian-root.sh
source tools/lib/debian-root.sh
mkdir -p "$out"
start=$(date +%s)
version=$(dpkg-deb -f "$deb" Version)

debian_root bookworm "$root" "$out/debootstrap.log"
if in_root dpkg-query -W goprep >/dev/null 2>&1; then
    log "goprep is already installed in $root: not a clean root"
    exit 1
fi
in_root apt-get update -q >"$out/apt.log" 2>&1 || { tail -20 "$out/apt.log"; exit 1; }
# What the root holds before: packages, and every path (without the volatile folders).
snapshot() {
    in_root sh -c 'find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /var/cache -o \
        -path /var/lib/apt -o -path /var/lib/dpkg -o -path /var/log -o -path /root \) -prune -o -print' | sort
}
in_root dpkg-query -W -f='${Package}\n' | sort >"$out/packages-before.txt"
snapshot >"$out/files-before.txt"
log "clean Debian $(in_root cat /etc/debian_version) root ready after $(($(date +%s) - start)) s: \
$(wc -l <"$out/packages-before.txt") packages"

# A failure from here on leaves the kept root clean for the next run: the package goes again.
installed=1
purge_on_failure() {
    local status=$?
    if [ "$status" -ne 0 ] && [ "${installed:-0}" = 1 ]; then
        in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q goprep >/dev/null 2>&1 || true
        in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q >/dev/null 2>&1 || true
    fi
    root_cleanup "$status"
}
trap purge_on_failure EXIT INT TERM
cp "$deb" "$root/tmp/"
log "apt-get install ./$(basename "$deb")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "/tmp/$(basename "$deb")" >>"$out/apt.log" 2>&1 || { tail -30 "$out/apt.log"; exit 1; }
added=$(in_root dpkg-query -W -f='${Package}\n' | sort | comm -13 "$out/packages-before.txt" - | wc -l)
log "installed with $((added - 1)) dependencies from the archive"

[ "$(in_root sh -c 'command -v goprep')" = /usr/bin/goprep ] || { log "goprep is not on PATH"; exit 1; }
printed=$(in_root goprep --version)
log "goprep --version: $printed"
[ "$printed" = "goprep $version" ] || { log "expected \"goprep $version\""; exit 1; }
rm -f "$root/tmp/installed.png"
in_root env HOME=/tmp/home goprep --data-dir /tmp/goprep-data --screenshot /tmp/installed.png \
    --question go/select 2>"$out/screenshot.log" || { cat "$out/screenshot.log"; exit 1; }
cp "$root/tmp/installed.png" "$out/installed.png"
file "$out/installed.png" | grep -q "PNG image data, [1-9][0-9]* x [1-9]" \
    || { log "no screenshot: $(file "$out/installed.png")"; exit 1; }
log "goprep --screenshot from /usr/bin: $(file -b "$out/installed.png" | cut -d, -f1-2) ($out/installed.png)"
in_root dpkg-query -L goprep >"$out/package-files.txt"

log "apt-get purge goprep; apt-get autoremove --purge"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q goprep >>"$out/apt.log" 2>&1
in_root env DEBIAN_FRONTEND=noninteractive apt-get autoremove --purge -y -q >>"$out/apt.log" 2>&1
rm -rf "$root/tmp/goprep-data" "$root/tmp/home" "$root/tmp/installed.png" "$root/tmp/$(basename "$deb")"
left=0
while IFS= read -r path; do
    if [ -e "$root$path" ] && ! grep -qxF "$path" "$out/files-before.txt"; then
        log "left behind: $path"
        left=1
    fi
done <"$out/package-files.txt"
named=$(find "$root" -xdev \( -path "$root/proc" -o -path "$root/dev" \) -prune -o -iname '*goprep*' -print)
[ -z "$named" ] || { log "left behind: $named"; left=1; }
in_root dpkg-query -W -f='${Package}\n' | sort >"$out/packages-after.txt"
if ! diff -u "$out/packages-before.txt" "$out/packages-after.txt"; then
    log "the packages differ from the clean root's"
    left=1
fi
if ! diff -u "$out/files-before.txt" <(snapshot) >"$out/files-diff.txt"; then
    log "paths differ from the clean root's:"
    cat "$out/files-diff.txt"
    left=1
fi
[ "$left" = 0 ] || exit 1
log "removed: none of its $(wc -l <"$out/package-files.txt") paths, no dependency and no other path left"
log "passed in $(($(date +%s) - start)) s"
