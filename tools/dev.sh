#!/usr/bin/env bash
# The two commands of the README, for a fresh Debian 12 / Ubuntu 24.04 machine or later:
#   tools/dev.sh run    install what is missing, build GoPrep and start it
#   tools/dev.sh test   install what is missing, build and run the whole test suite (what CI runs):
#                       on this machine, then again with Qt 6.8 and KF6 SyntaxHighlighting in a Debian 13
#                       root (tools/debian13-stage.sh; GOPREP_SKIP_DEBIAN13=1 skips that stage)
# Installs with apt-get (through sudo when not root). Builds with -j2 unless JOBS is set.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jobs=${JOBS:-2}

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

# Debian's package names: the build, the SQLite driver, the tools, and fonts for offscreen rendering.
packages=(g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    fonts-dejavu-core clang-format)

install_missing() {
    local missing=()
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== Installing: ${missing[*]}"
        "${sudo_cmd[@]}" apt-get update -q
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

check_format() {
    echo "== clang-format $(clang-format --version | grep -o '[0-9][0-9.]*' | head -1): checking C++ formatting"
    local bad=()
    while IFS= read -r f; do
        clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
    done < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui tests tools -name '*.cpp' -o -name '*.h')
    if [ ${#bad[@]} -gt 0 ]; then
        echo "Not formatted with .clang-format (run: clang-format -i ${bad[*]}):"
        printf '  %s\n' "${bad[@]}"
        return 1
    fi
}

case "${1:-}" in
run)
    install_missing
    cmake --preset release
    cmake --build --preset release -j"$jobs"
    exec "$root/build/release/app/goprep" "${@:2}"
    ;;
test)
    install_missing
    start=$(date +%s)
    check_format
    cmake --preset ci
    cmake --build --preset ci -j"$jobs"
    ctest --preset ci -j"$jobs"
    echo "== Debian 12 stage passed in $(( $(date +%s) - start )) s"
    # KF6 SyntaxHighlighting and the Go toolchain come from Debian 13; GOPREP_SKIP_DEBIAN13=1 skips the
    # stage locally (CI always runs it).
    if [ "${GOPREP_SKIP_DEBIAN13:-0}" = 1 ]; then
        echo "== Debian 13 stage skipped (GOPREP_SKIP_DEBIAN13=1)"
    else
        tools/debian13-stage.sh
    fi
    echo "== All stages passed in $(( $(date +%s) - start )) s"
    ;;
*)
    sed -n '2,7p' "$0"
    exit 2
    ;;
esac
