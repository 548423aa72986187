#!/usr/bin/env bash
# Validates the SARIF that `cooperation check` writes with Microsoft's SARIF Multitool (its `validate` rules: URIs,
# required properties, references between rules and results, …): the reference catalog as shipped, in Spanish,
# with severity overrides (ruleConfigurationOverrides), with its quotes checked against ../shared/seeds, and documents
# with errors and several documents in one log.
# Any error or warning the Multitool reports fails the script. Usage: .ci/validate-sarif.sh MULTITOOL_FOLDER
set -euo pipefail
cd "$(dirname "$0")/.."
tool="$1/Sarif.Multitool"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli=(dotnet run --no-build -c Release --project src/Cooperation.Cli --)
fixtures=tests/Cooperation.Domain.Tests/Serialization/Format1

# check exits 1 when a document has errors: the log is still written, and that is what is validated here.
"${cli[@]}" check --format sarif > "$work/reference.sarif"
"${cli[@]}" check --format sarif --lang es --as-of 2026-12-02 --severity COOP3006=error --severity COOP2001=none > "$work/reference-es.sarif" || [ $? -eq 1 ]
"${cli[@]}" check --format sarif --sources ../shared/seeds > "$work/reference-sources.sarif"
"${cli[@]}" check --format sarif "$fixtures/rule-fixture-with-errors.format1.json" "$fixtures/rule-fixture.format1.json" > "$work/fixtures.sarif" || [ $? -eq 1 ]

status=0
for log in "$work"/*.sarif; do
    "$tool" validate "$log" --output "$log.validation" --log ForceOverwrite --quiet >/dev/null
    python3 - "$log" "$log.validation" <<'PY' || status=1
import json, sys
name, validation = sys.argv[1].rsplit("/", 1)[-1], json.load(open(sys.argv[2]))
findings = [r for run in validation["runs"] for r in run.get("results", []) if r.get("level", "warning") in ("error", "warning")]
for r in findings:
    print(f"  {name}: {r.get('level', 'warning')} {r['ruleId']}: {json.dumps(r['message'].get('arguments', r['message']))[:300]}")
results = sum(len(run.get("results", [])) for run in json.load(open(sys.argv[1]))["runs"])
print(f"{name}: {results} results, {len(findings)} Multitool errors or warnings")
sys.exit(1 if findings else 0)
PY
done

# A control: the same log with a bare Windows path as a URI must be refused, or the checks above prove nothing.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "C:\\data\\x.json"; json.dump(d, open(sys.argv[2], "w"))' "$work/fixtures.sarif" "$work/control.json"
"$tool" validate "$work/control.json" --output "$work/control.validation" --log ForceOverwrite --quiet >/dev/null
python3 -c 'import json,sys; v=json.load(open(sys.argv[1])); ids=[r["ruleId"] for run in v["runs"] for r in run.get("results", [])]; print("control (a bad URI):", ", ".join(ids) or "nothing found"); sys.exit(0 if "SARIF1002" in ids else 1)' "$work/control.validation" \
    || { echo "error: the Multitool did not refuse a log with an invalid URI" >&2; exit 1; }
exit $status
