#!/usr/bin/env bash
# Checks the Flatpak manifest offline, as far as that can be done without the runtime:
#   1. flatpak-builder --show-manifest parses it: YAML syntax, key types, unknown keys
#      (flatpak-builder only warns about the last two; any warning counts as a failure here)
#   2. checks of our own, in Python: no duplicated keys (flatpak-builder silently keeps the
#      last one); the app-id is the file name and GoPrep's desktop id, GOPREP_APP_ID in CMake;
#      runtime org.kde.Platform and sdk org.kde.Sdk of one version, new enough for the Qt 6
#      that CMake asks for; command goprep; display and GPU access, and no network, host or
#      home access; the desktop file in packaging/ runs that command and uses the app-id as
#      its icon; known build systems; every -DGOPREP_* option exists in CMake; the last
#      module builds the repository root (a dir source whose CMakeLists.txt has project(GoPrep).
#
# usage: tools/check-flatpak.sh [MANIFEST]
#   MANIFEST  defaults to packaging/flatpak/io.github.goprep.GoPrep.yml
# Installs the Debian packages flatpak-builder, python3 and python3-yaml when missing
# (through sudo when not root). Exit status 1 on any problem, 2 on a usage error.
set -euo pipefail

default_manifest=packaging/flatpak/io.github.goprep.GoPrep.yml
[ $# -le 1 ] || { sed -n '2,16p' "$0"; exit 2; }
case ${1:-} in -h | --help) sed -n '2,16p' "$0"; exit 0 ;; esac
# An argument is taken relative to where the script was called from.
manifest=
if [ $# -eq 1 ]; then
    [ -f "$1" ] || { echo "check-flatpak: no such file: $1" >&2; exit 1; }
    manifest=$(realpath -- "$1")
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
manifest=${manifest:-$root/$default_manifest}
[ -f "$manifest" ] || { echo "check-flatpak: no such file: $manifest" >&2; exit 1; }
name=$(basename "$manifest")

# Debian's own python3, so that python3-yaml from apt is the module it imports.
python=/usr/bin/python3
missing=()
command -v flatpak-builder >/dev/null 2>&1 || missing+=(flatpak-builder)
if [ ! -x "$python" ]; then
    missing+=(python3 python3-yaml)
elif ! "$python" -c 'import yaml' >/dev/null 2>&1; then
    missing+=(python3-yaml)
fi
if [ ${#missing[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "== check-flatpak: installing ${missing[*]} from Debian" >&2
    "${sudo[@]}" apt-get update -qq >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fb_version=$(flatpak-builder --version | awk '{ print $NF }')
# --show-manifest reads the manifest and prints it back as JSON without building anything.
# Run it in the scratch directory: it would otherwise leave a .flatpak-builder/ behind.
fb_status=0
(cd "$work" && flatpak-builder --show-manifest "$manifest") \
    >"$work/manifest.json" 2>"$work/fb.err" || fb_status=$?
if [ "$fb_status" -ne 0 ]; then
    echo "check-flatpak: $name: flatpak-builder $fb_version cannot read it (exit $fb_status):" >&2
    sed '/^[[:space:]]*$/d; s/^/    /' "$work/fb.err" >&2
    exit 1
fi
# GLib warnings look like "(flatpak-builder:123): Json-WARNING **: 12:00:00.000: text".
sed -n 's/^(flatpak-builder:[0-9]*): \(.*\) \*\*: [0-9:.]*: /\1: /p' "$work/fb.err" >"$work/fb.warnings"

"$python" - "$manifest" "$root" "$work/manifest.json" "$work/fb.warnings" "$fb_version" <<'PY'
import json
import os
import re
import sys

import yaml

manifest_path, root, json_path, warnings_path, fb_version = sys.argv[1:6]
name = os.path.basename(manifest_path)
APP_ID = "io.github.goprep.GoPrep"
RUNTIME, SDK = "org.kde.Platform", "org.kde.Sdk"
COMMAND = "goprep"
NEEDED_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
BUILD_SYSTEMS = {"autotools", "cmake", "cmake-ninja", "meson", "simple", "qmake"}
SKIP_DIRS = {".git", ".cache", ".flatpak-builder", "node_modules"}

problems = []


def problem(text):
    problems.append(text)


with open(warnings_path, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            problem("flatpak-builder " + fb_version + " warns: " + line.strip())


# Pass 1: the YAML text itself. flatpak-builder keeps the last of two equal keys without a word.
class DuplicateKeyLoader(yaml.SafeLoader):
    pass


def mapping_without_duplicates(loader, node, deep=False):
    first_line = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if isinstance(key, str) and key in first_line:
            problem(f"line {line}: key '{key}' repeats the one on line {first_line[key]}; "
                    "only the last would count")
        else:
            first_line.setdefault(key, line)
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


DuplicateKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                   mapping_without_duplicates)
with open(manifest_path, encoding="utf-8") as f:
    try:
        text_tree = yaml.load(f, Loader=DuplicateKeyLoader)
    except yaml.YAMLError as e:
        problem(f"not valid YAML: {e}")
        text_tree = None
if isinstance(text_tree, dict) and "id" in text_tree and "app-id" in text_tree:
    problem("has both 'id' and 'app-id'; keep one")

# Pass 2: the manifest as flatpak-builder understood it.
with open(json_path, encoding="utf-8") as f:
    try:
        m = json.load(f)
    except json.JSONDecodeError as e:
        problem(f"flatpak-builder printed no readable JSON: {e}")
        m = {}
if not isinstance(m, dict):
    problem("the manifest is not a mapping")
    m = {}


def cmake_sources():
    for top, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs
                         if d not in SKIP_DIRS and d != "build" and not d.startswith("build-"))
        for fn in sorted(files):
            if fn == "CMakeLists.txt" or fn.endswith(".cmake"):
                with open(os.path.join(top, fn), encoding="utf-8", errors="replace") as f:
                    yield f.read()


cmake_text = "\n".join(cmake_sources())

# The app id: file name, desktop id and CMake's GOPREP_APP_ID.
app_id = m.get("id") or m.get("app-id")
stem, ext = os.path.splitext(name)
if ext not in (".yml", ".yaml", ".json"):
    problem(f"file name should end in .yml, .yaml or .json, not '{ext}'")
if not app_id:
    problem("no app-id")
else:
    if app_id != stem:
        problem(f"app-id '{app_id}' does not match the file name '{name}'")
    if app_id != APP_ID:
        problem(f"app-id '{app_id}' is not GoPrep's desktop file id '{APP_ID}'")
    found = re.search(r'set\(\s*GOPREP_APP_ID\s+"?([^"\s)]+)', cmake_text)
    if found and found.group(1) != app_id:
        problem(f"app-id '{app_id}' differs from GOPREP_APP_ID '{found.group(1)}' in CMake")

# Runtime and SDK: "name", or "name//branch" / "name/arch/branch" with the branch given inline.
def split_ref(ref):
    parts = (ref or "").split("/")
    return parts[0], (parts[2] if len(parts) == 3 and parts[2] else None)


runtime, runtime_branch = split_ref(m.get("runtime"))
sdk, sdk_branch = split_ref(m.get("sdk"))
version = m.get("runtime-version") or runtime_branch
def shown(value):
    return "missing" if value is None else f"'{value}'"


if runtime != RUNTIME:
    problem(f"runtime is {shown(m.get('runtime'))}, expected {RUNTIME}")
if sdk != SDK:
    problem(f"sdk is {shown(m.get('sdk'))}, expected {SDK}")
if not version:
    problem("no runtime-version")
else:
    for what, branch in (("runtime", runtime_branch), ("sdk", sdk_branch)):
        if branch and branch != version:
            problem(f"{what} names version {branch}, but runtime-version is {version}")
    wanted = re.search(r"find_package\(\s*Qt6\s+(\d+)\.(\d+)", cmake_text)
    have = re.fullmatch(r"(\d+)\.(\d+)", version)
    if not have:
        problem(f"runtime-version '{version}' is not a Qt 6 KDE runtime version such as 6.8")
    elif have.group(1) != "6":
        problem(f"runtime-version {version} is not a Qt 6 KDE runtime")
    elif wanted and (int(have.group(1)), int(have.group(2))) < \
            (int(wanted.group(1)), int(wanted.group(2))):
        problem(f"runtime {version} has an older Qt than the "
                f"{wanted.group(1)}.{wanted.group(2)} that CMake asks for")

if m.get("command") != COMMAND:
    problem(f"command is {shown(m.get('command'))}, expected '{COMMAND}'")

# The desktop file that CMake installs, when the repository has it: Flatpak exports it only
# under the app-id's name, and runs the command its Exec= names.
desktop_files = [os.path.join(top, fn)
                 for top, dirs, files in os.walk(os.path.join(root, "packaging"))
                 for fn in files if fn in (f"{APP_ID}.desktop", f"{APP_ID}.desktop.in")]
for path in sorted(desktop_files):
    with open(path, encoding="utf-8", errors="replace") as f:
        entry = dict(line.rstrip("\n").split("=", 1) for line in f
                     if "=" in line and not line.startswith("#"))
    exec_word = (entry.get("Exec") or "").split()[:1]
    shown_path = os.path.relpath(path, root)
    if exec_word and os.path.basename(exec_word[0]) != m.get("command"):
        problem(f"{shown_path} runs '{exec_word[0]}', but the manifest's command is "
                f"{shown(m.get('command'))}")
    if entry.get("Icon") not in (None, app_id, "@GOPREP_APP_ID@"):
        problem(f"{shown_path} has Icon={entry.get('Icon')}; under Flatpak it must be the app-id")

# Sandbox permissions.
finish_args = m.get("finish-args") or []
for arg in NEEDED_ARGS:
    if arg not in finish_args:
        problem(f"finish-args lack {arg}")
for arg in finish_args:
    if not arg.startswith("--"):
        problem(f"finish-arg '{arg}' is not an option")
    elif arg == "--share=network":
        problem("--share=network: GoPrep works offline and opens links through the portal")
    elif arg == "--socket=x11":
        problem("--socket=x11: use --socket=fallback-x11 beside --socket=wayland")
    elif arg == "--device=all":
        problem("--device=all: GoPrep needs only --device=dri")
    elif arg.startswith("--filesystem="):
        place = arg.split("=", 1)[1].split(":", 1)[0]
        if place in ("host", "host-os", "host-etc", "home") or place.startswith("~"):
            problem(f"{arg}: files come through the FileChooser portal; no host or home access")

# Modules: known build systems, real CMake options, and the last one building this repository.
def walk_modules(modules, where):
    for i, module in enumerate(modules or []):
        if not isinstance(module, dict):
            continue  # a file name of a module kept elsewhere; flatpak-builder inlines it
        label = f"{where}module '{module.get('name') or i}'"
        if not module.get("name"):
            problem(f"{label} has no name")
        system = module.get("buildsystem", "autotools")
        if system not in BUILD_SYSTEMS:
            problem(f"{label}: unknown buildsystem '{system}' "
                    f"(one of {', '.join(sorted(BUILD_SYSTEMS))})")
        for opt in module.get("config-opts") or []:
            option = re.match(r"-D(GOPREP_\w+?)(?::\w+)?=", opt)
            if option and not re.search(r"(option|set)\(\s*" + option.group(1) + r"\b",
                                        cmake_text):
                problem(f"{label}: config-opt {opt} sets no option that CMake defines")
        walk_modules(module.get("modules"), label + " > ")


modules = m.get("modules") or []
walk_modules(modules, "")
if not modules:
    problem("no modules")
elif not isinstance(modules[-1], dict):
    problem(f"the last module should be written out in the manifest, not read from '{modules[-1]}'")
else:
    last = modules[-1]
    dirs = [s for s in last.get("sources") or [] if isinstance(s, dict) and s.get("type") == "dir"]
    if len(dirs) != 1:
        problem(f"the last module '{last.get('name')}' should have one source of type dir, "
                f"has {len(dirs)}")
    else:
        path = dirs[0].get("path") or ""
        where = os.path.realpath(os.path.join(os.path.dirname(manifest_path), path))
        top = os.path.join(where, "CMakeLists.txt")
        if where != os.path.realpath(root):
            problem(f"the last module's dir '{path}' is {where}, not the repository root {root}")
        if not os.path.isfile(top):
            problem(f"the last module's dir '{path}' ({where}) has no CMakeLists.txt")
        else:
            with open(top, encoding="utf-8", errors="replace") as f:
                if not re.search(r"\bproject\(\s*GoPrep\b", f.read()):
                    problem(f"{top} has no project(GoPrep")

if problems:
    print(f"check-flatpak: {name}: {len(problems)} problem(s):", file=sys.stderr)
    for text in problems:
        print("  - " + text, file=sys.stderr)
    sys.exit(1)
print(f"== flatpak manifest {name}: valid (flatpak-builder {fb_version}), runtime {runtime} {version}")
PY
