#!/usr/bin/env bash
# The interface translations (translations/goprep_<language>.ts):
#   tools/translations.sh update   run lupdate over app/ and ui/: new texts become "unfinished" entries for
#                                  the translators, texts gone from the code are dropped
#   tools/translations.sh check    the same lupdate on copies, then per language: texts, finished,
#                                  unfinished, obsolete; fails when any translation is not complete
# LUPDATE: the lupdate to use (default: Qt 6's, found like CMake does).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
        [ -x "$candidate" ] && { lupdate=$candidate; break; }
    done
fi
[ -x "$lupdate" ] || { echo "lupdate not found: install qt6-l10n-tools or set LUPDATE" >&2; exit 2; }

run_lupdate() { # run_lupdate DIR [OPTION]: updates DIR/goprep_*.ts from the sources
    local dir=$1 extra=("${@:2}") ts=()
    for f in "$dir"/goprep_*.ts; do [ "$(basename "$f")" = goprep_en.ts ] || ts+=("$f"); done
    "$lupdate" -silent -locations none -no-ui-lines ${extra[@]+"${extra[@]}"} app ui -ts "${ts[@]}"
    "$lupdate" -silent -locations none -pluralonly ${extra[@]+"${extra[@]}"} app ui -ts "$dir/goprep_en.ts"
}

case "${1:-}" in
update)
    run_lupdate translations -no-obsolete # texts gone from the code leave the files
    "$(pwd)/tools/translations.sh" check || true
    ;;
check)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    cp translations/goprep_*.ts "$scratch/"
    run_lupdate "$scratch"
    python3 - "$scratch" <<'PY'
import re, sys, pathlib, xml.etree.ElementTree as ET
bad = 0
for ts in sorted(pathlib.Path(sys.argv[1]).glob("goprep_*.ts")):
    root = ET.parse(ts).getroot()
    message_context = {id(m): c.findtext("name") for c in root.iter("context") for m in c.iter("message")}
    total = finished = unfinished = obsolete = broken = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            obsolete += 1
            continue
        total += 1
        forms = [t.text for t in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text]
        if kind == "unfinished" or not all(f and f.strip() for f in forms):
            unfinished += 1
            continue
        finished += 1
        # A finished translation keeps the source's placeholders and markup, and at most one mnemonic.
        source = message.find("source").text or ""
        for form in forms:
            problems = []
            if sorted(set(re.findall(r"%(?:\d+|n)", source))) != sorted(set(re.findall(r"%(?:\d+|n)", form))):
                if not (message.get("numerus") == "yes" and "%n" not in form and len(forms) > 1
                        and set(re.findall(r"%\d+", source)) == set(re.findall(r"%\d+", form))):
                    problems.append("placeholders differ")
            if sorted(re.findall(r"</?[a-z][a-z0-9]*", source)) != sorted(re.findall(r"</?[a-z][a-z0-9]*", form)):
                problems.append("HTML tags differ")
            if len(re.findall(r"&(?![&\s])", form.replace("&&", ""))) > 1:
                problems.append("more than one & mnemonic")
            if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")):
                problems.append("the source has a mnemonic (&) and the translation not, or the other way")
            if problems:
                context = message_context.get(id(message), "?")
                print(f"{ts.name}: {context}: {source!r} -> {form!r}: {', '.join(problems)}")
                broken += 1
    language = root.get("language", "?")
    share = 100.0 * finished / total if total else 100.0
    print(f"== translation {language:6} {finished:4}/{total:<4} finished ({share:5.1f} %), "
          f"{unfinished} unfinished, {obsolete} obsolete, {broken} broken")
    if unfinished or obsolete or broken:
        bad += 1
if bad:
    print(f"== {bad} translation(s) incomplete: run tools/translations.sh update and translate the "
          "unfinished entries (Qt Linguist), remove the obsolete ones and mend the broken ones (above)")
    sys.exit(1)
PY
    ;;
*)
    sed -n '2,7p' "$0"
    exit 2
    ;;
esac
