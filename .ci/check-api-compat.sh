#!/usr/bin/env bash
# Proves that package validation catches a breaking change: packs the library as it is (the baseline), then packs a
# copy with one public member made internal against that baseline (PackageValidationBaselinePath), which must fail
# with CP0002 (member removed). Also requires the pack as it is to pass validation, and the copy unchanged to pass
# against the baseline. Three packs: under a minute on 2 cores. Usage: .ci/check-api-compat.sh
set -euo pipefail
cd "$(dirname "$0")/.."

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "packing the baseline (package validation on)"
dotnet pack src/Cooperation.Domain -c Release -o "$work/baseline" -p:Version=0.1.0 >"$work/baseline.log" 2>&1 \
    || { cat "$work/baseline.log"; echo "error: the library does not pack with package validation on" >&2; exit 1; }
baseline="$work/baseline/Cooperation.Domain.0.1.0.nupkg"
[ -f "$baseline" ] || { echo "error: no baseline package in $work/baseline" >&2; exit 1; }

# A copy of what the library's build reads, as a git repository (SourceLink needs one), with a public member removed
# (a hand-written one: the With… methods are generated into Meeting.g.cs).
copy="$work/copy"
mkdir -p "$copy/src"
cp .editorconfig Directory.Build.props Directory.Build.targets Directory.Packages.props global.json nuget.config README.md LICENSE "$copy/"
cp -r src/Cooperation.Domain "$copy/src/"
rm -rf "$copy/src/Cooperation.Domain/bin" "$copy/src/Cooperation.Domain/obj"
meeting="$copy/src/Cooperation.Domain/Model/Meeting.cs"
grep -q 'public PartialDateRange Dates =>' "$meeting" || { echo "error: Meeting.Dates, the member this check removes, is gone; pick another" >&2; exit 1; }
commit() {
    git -C "$copy" -c user.name=ci -c user.email=ci@localhost add -A
    git -C "$copy" -c user.name=ci -c user.email=ci@localhost commit -qm "$1"
}
git -C "$copy" init -q
commit copy

# The control: the copy unchanged is compatible with the baseline.
echo "packing the copy unchanged against the baseline"
dotnet pack "$copy/src/Cooperation.Domain" -c Release -o "$work/same" -p:Version=0.2.0 -p:PackageValidationBaselinePath="$baseline" >"$work/same.log" 2>&1 \
    || { cat "$work/same.log"; echo "error: the unchanged copy fails validation against its own baseline" >&2; exit 1; }

sed -i 's/public PartialDateRange Dates =>/internal PartialDateRange Dates =>/' "$meeting"
commit "Meeting.Dates made internal"

echo "packing a copy without Meeting.Dates against the baseline"
set +e
dotnet pack "$copy/src/Cooperation.Domain" -c Release -o "$work/changed" -p:Version=0.2.0 -p:PackageValidationBaselinePath="$baseline" >"$work/changed.log" 2>&1
status=$?
set -e
if [ "$status" -eq 0 ]; then
    cat "$work/changed.log"
    echo "error: the pack of a copy with a removed public member succeeded: package validation did not catch it" >&2
    exit 1
fi
if ! grep -q 'CP0002' "$work/changed.log" || ! grep -q 'Meeting.Dates' "$work/changed.log"; then
    cat "$work/changed.log"
    echo "error: the pack failed, but not with CP0002 for Meeting.Dates" >&2
    exit 1
fi
grep -m1 'CP0002' "$work/changed.log" | sed "s|$work|<tmp>|g"
echo "package validation: the baseline packs, and removing a public member fails with CP0002"
