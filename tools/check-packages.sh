#!/usr/bin/env bash
# Builds GoPrep's Linux packages from a configured and built tree and checks them as distributions do:
#   tools/check-packages.sh [BUILD_DIR]        (default build/ci)
# 1. cpack -G "DEB;RPM" into BUILD_DIR/packages;
# 2. one version everywhere: project(VERSION) = the package versions = goprep --version = the metainfo
#    release = the man page;
# 3. lintian (errors and warnings fail; info tags are printed), rpmlint (packaging/linux/rpmlint.toml; any
#    error or warning fails), desktop-file-validate and appstreamcli validate --no-net on the files as
#    packaged, and the DEB's and the RPM's file lists must match;
# 4. tools/install-test.sh: the .deb installed into a clean Debian 12 root, run, and removed without trace.
# GOPREP_SKIP_INSTALL_TEST=1 skips step 4 locally. Installs the checkers with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
log() { echo "== [packages] $*"; }
fail() { log "FAILED: $*"; exit 1; }

tools=(lintian rpmlint rpm dpkg-dev appstream desktop-file-utils file)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "$build is not a configured build folder"
rm -rf "$build/packages"
(cd "$build" && cpack -G "DEB;RPM" >cpack.log 2>&1) || { cat "$build/cpack.log"; fail "cpack"; }
deb=$(ls "$build"/packages/goprep_*.deb)
rpm=$(ls "$build"/packages/goprep-*.rpm)
log "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) and $(basename "$rpm") ($(du -k "$rpm" | cut -f1) KiB)"

extracted=$(mktemp -d)
trap 'rm -rf "$extracted"' EXIT
dpkg-deb -x "$deb" "$extracted"
app_id=$(sed -n 's/^GOPREP_APP_ID:STRING=//p' "$build/CMakeCache.txt")
metainfo=$extracted/usr/share/metainfo/$app_id.metainfo.xml
desktop=$extracted/usr/share/applications/$app_id.desktop

# One version.
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the .deb's version is not $version"
[ "$(rpm -qp --qf '%{VERSION}' "$rpm" 2>/dev/null)" = "$version" ] || fail "the .rpm's version is not $version"
[ "$("$build/app/goprep" --version)" = "goprep $version" ] || fail "goprep --version does not print $version"
grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
zcat "$extracted/usr/share/man/man1/goprep.1.gz" | grep -q "^.TH GOPREP 1 .*\"GoPrep $version\"" \
    || fail "the man page is not for $version"
log "version $version in both packages, goprep --version, the metainfo release and the man page"

# The same files in both packages.
diff <(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print substr($6, 2)}' | sort) \
    <(rpm -qpl "$rpm" 2>/dev/null | grep -v '^/usr/lib/.build-id' | while read -r f; do
        [ -d "$extracted$f" ] || echo "$f"; done | sort) || fail "the DEB and the RPM hold different files"

# The linters, on what the packages hold.
log "lintian $(lintian --version | cut -d' ' -f2)"
lintian --fail-on error,warning --display-info "$deb" 2>&1 | grep -v "running with root privileges" || true
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || fail "lintian reports errors or warnings (above)"
log "rpmlint $(rpmlint --version 2>/dev/null | head -1)"
rpmlint -c packaging/linux/rpmlint.toml "$rpm" >"$build/rpmlint.log" 2>&1 || true
grep -E "^goprep|checked;" "$build/rpmlint.log" || true
grep -q " 0 errors, 0 warnings" "$build/rpmlint.log" || fail "rpmlint reports errors or warnings (above)"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
log "desktop-file-validate $(dpkg-query -W -f='${Version}' desktop-file-utils): $(basename "$desktop") valid"
appstreamcli validate --no-net --explain "$metainfo" || fail "appstreamcli validate"
log "appstreamcli $(appstreamcli --version | grep -o '[0-9][0-9.]*' | head -1) validate --no-net: $(basename "$metainfo") valid"

if [ "${GOPREP_SKIP_INSTALL_TEST:-0}" = 1 ]; then
    log "install test skipped (GOPREP_SKIP_INSTALL_TEST=1)"
else
    tools/install-test.sh "$deb"
fi
log "passed"
