#!/usr/bin/env bash
# The two commands of the README, for a fresh Debian 12 / Ubuntu 24.04 machine or later:
#   tools/dev.sh run    install what is missing, build GoPrep and start it
#   tools/dev.sh test   install what is missing, build and run the whole test suite (what CI runs):
#                       formatting, build and tests here; again under ASan+UBSan; a minute of fuzzing; the
#                       benchmarks; the packages (DEB and RPM built, linted, installed into a clean Debian
#                       12 root and removed; the Windows/macOS workflows and the Flatpak manifest
#                       checked); then again with Qt 6.8 and KF6 SyntaxHighlighting in a Debian 13 root
#                       (tools/debian13-stage.sh). GOPREP_SKIP_ASAN=1, GOPREP_SKIP_FUZZ=1,
#                       GOPREP_SKIP_PACKAGES=1 and GOPREP_SKIP_DEBIAN13=1 skip those stages locally; CI
#                       runs them all.
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
    install_missing clang xvfb xdotool # xvfb and xdotool: the start-up benchmark's real windows
    start=$(date +%s)
    stage() { echo; echo "== $*"; }
    skip() { [ "${1:-0}" = 1 ] && echo "== skipped ($2=1)"; }

    stage "Formatting"
    check_format

    stage "Debian 12: build (warnings are errors) and the whole suite"
    cmake --preset ci
    cmake --build --preset ci -j"$jobs"
    ctest --preset ci -j"$jobs"
    grep -h "CRASH HARNESS" build/ci/Testing/Temporary/LastTest.log | sed 's/^.*CRASH HARNESS/== crash harness/'
    tools/translations.sh check # the completeness figures (the translations_check test above gates on them)
    echo "== Debian 12 stage passed after $(( $(date +%s) - start )) s"

    stage "AddressSanitizer + UndefinedBehaviorSanitizer: the whole suite again"
    if ! skip "${GOPREP_SKIP_ASAN:-0}" GOPREP_SKIP_ASAN; then
        cmake --preset asan
        cmake --build --preset asan -j"$jobs"
        ctest --preset asan -j"$jobs"
        grep -h "CRASH HARNESS" build/asan/Testing/Temporary/LastTest.log | sed 's/^.*CRASH HARNESS/== crash harness (ASan)/'
        echo "== sanitizer stage passed after $(( $(date +%s) - start )) s: no ASan, LSan or UBSan report"
    fi

    stage "Fuzzing the pack loader (libFuzzer, ASan+UBSan, ${GOPREP_FUZZ_SECONDS:-60} s)"
    if ! skip "${GOPREP_SKIP_FUZZ:-0}" GOPREP_SKIP_FUZZ; then
        clang_major=$(clang --version | grep -o 'version [0-9]*' | head -1 | cut -d' ' -f2)
        install_missing "libclang-rt-$clang_major-dev"
        CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DGOPREP_FUZZ=ON -DGOPREP_BUILD_TESTS=OFF >/dev/null
        cmake --build build/fuzz --target packloader_fuzz -j"$jobs"
        corpus=build/fuzz/corpus
        mkdir -p "$corpus" && cp tests/fuzz/corpus/* "$corpus/"
        build/fuzz/tests/fuzz/packloader_fuzz -max_total_time="${GOPREP_FUZZ_SECONDS:-60}" -timeout=10 \
            -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$corpus" 2>build/fuzz/fuzz.log \
            || { tail -60 build/fuzz/fuzz.log; echo "== the fuzzer found a crash (above)"; exit 1; }
        grep -E "^Done|stat::number_of_executed_units|stat::peak_rss_mb" build/fuzz/fuzz.log
        echo "== fuzzing passed: 0 crashes, $(ls "$corpus" | wc -l) inputs in the corpus"
    fi

    stage "Benchmarks (informational: budgets are judged from these lines, not asserted; docs/BENCHMARKS.md)"
    ctest --test-dir build/ci -L bench -V | grep -E "BENCH |tests passed|^[0-9]+: # " || true

    stage "Packages: DEB and RPM, linters, an install test in a clean Debian 12 root; workflows; Flatpak"
    if ! skip "${GOPREP_SKIP_PACKAGES:-0}" GOPREP_SKIP_PACKAGES; then
        tools/check-packages.sh build/ci
        tools/check-workflows.sh
        tools/check-flatpak.sh
        echo "== packaging stage passed after $(( $(date +%s) - start )) s"
    fi

    # KF6 SyntaxHighlighting and the Go toolchain come from Debian 13; GOPREP_SKIP_DEBIAN13=1 skips the
    # stage locally (CI always runs it).
    stage "Debian 13: Qt 6.8, KF6 SyntaxHighlighting, Go 1.26"
    if ! skip "${GOPREP_SKIP_DEBIAN13:-0}" GOPREP_SKIP_DEBIAN13; then
        tools/debian13-stage.sh
    fi
    echo
    echo "== All stages passed in $(( $(date +%s) - start )) s"
    ;;
*)
    sed -n '2,9p' "$0"
    exit 2
    ;;
esac
