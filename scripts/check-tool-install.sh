#!/usr/bin/env bash
# Packs cvclassify as a dotnet tool, installs it into a scratch tool path and runs it from a folder outside the
# repository, where only the bundled model can be found. Fails (non-zero) at the first check that does not hold.
# Takes about four minutes (the pack is two Release publishes, one of them self-contained composite ReadyToRun). Usage: scripts/check-tool-install.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/cvclassify-tool-check.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

dotnet pack "$repo/src/Classifier.Cli" -c Release -o "$scratch/packages" -v q -nologo >"$scratch/pack.log" 2>&1 \
  || { cat "$scratch/pack.log" >&2; fail "dotnet pack"; }
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Build.props" | head -n 1)"
dotnet tool install cvclassify --version "$version" --tool-path "$scratch/tool" --add-source "$scratch/packages" >"$scratch/install.log" 2>&1 \
  || { cat "$scratch/install.log" >&2; fail "dotnet tool install"; }

# pack makes a pointer package, a self-contained ReadyToRun linux-x64 package and a framework-dependent "any" one for other platforms.
for id in cvclassify cvclassify.linux-x64 cvclassify.any; do
  [ -f "$scratch/packages/$id.$version.nupkg" ] || fail "dotnet pack made no $id.$version.nupkg"
done
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  [ -d "$scratch/tool/.store/cvclassify/$version/cvclassify.linux-x64" ] \
    || fail "dotnet tool install did not pick the linux-x64 (ReadyToRun) package on linux-x64"
  # The linux-x64 tool carries its runtime and one composite ReadyToRun image of it and the tool (the cold start).
  installed="$(find "$scratch/tool/.store/cvclassify/$version/cvclassify.linux-x64" -name cvclassify.runtimeconfig.json -printf '%h\n' | head -n 1)"
  [ -n "$installed" ] || fail "no cvclassify.runtimeconfig.json in the installed linux-x64 package"
  grep -q '"includedFrameworks"' "$installed/cvclassify.runtimeconfig.json" \
    || fail "the linux-x64 tool is not self-contained (its runtimeconfig names no included framework)"
  [ -f "$installed/cvclassify.r2r.dll" ] && [ -f "$installed/libcoreclr.so" ] \
    || fail "the linux-x64 tool has no composite ReadyToRun image (cvclassify.r2r.dll) or no runtime of its own"
fi

work="$scratch/elsewhere"
mkdir -p "$work"
cp "$repo/examples/incoming.csv" "$work/"
cp "$repo/data/Top CV Papers in March 2023.md" "$work/"
cd "$work"
[ ! -e trained-models ] || fail "the scratch folder must not hold a model"

# No --model, no CVCLASSIFY_MODEL, no ./trained-models: tag must use the bundled model.
env -u CVCLASSIFY_MODEL -u CVCLASSIFY_DATA "$scratch/tool/cvclassify" tag incoming.csv --format jsonl >tag.jsonl 2>tag.err \
  || { cat tag.err >&2; fail "cvclassify tag exited $?"; }
lines="$(wc -l <tag.jsonl)"
[ "$lines" -eq 9 ] || fail "tag wrote $lines lines, expected 9 (one per paper in examples/incoming.csv)"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' tag.jsonl || fail "tag's stdout is not JSON Lines"
! grep -q NU1603 tag.jsonl || fail "NuGet warnings in tag's stdout"

# review checks misfiles with the bundled model; with no data folder it says so, still exit 1 for the list's errors.
set +e
env -u CVCLASSIFY_MODEL -u CVCLASSIFY_DATA "$scratch/tool/cvclassify" review "Top CV Papers in March 2023.md" --format sarif >review.sarif 2>review.err
status=$?
set -e
[ "$status" -eq 1 ] || { cat review.err >&2; fail "review exited $status, expected 1 (errors found, every check run)"; }
python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]["results"]; sys.exit(0 if any(x["ruleId"]=="misfile" for x in r) else 1)' review.sarif \
  || fail "review found no misfile: the bundled model was not used"
grep -q "^note: not compared with other months' lists" review.err || fail "review did not say that no data folder was found"

echo "ok: cvclassify $version installed from a package, tagged 9 papers and reviewed a list with its bundled model from $work"
