#!/usr/bin/env bash
# Validates the SARIF that `cooperation check` writes with Microsoft's SARIF Multitool (its `validate` rules: URIs,
# required properties, references between rules and results, …): the reference catalog as shipped, in Spanish,
# with severity overrides (ruleConfigurationOverrides), with its quotes checked against ../shared/seeds, documents
# with errors and several documents in one log, a run with a suppressions file, and a run against a baseline (every
# result's baselineState, absent results included).
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

# External suppressions (one that accepts a finding, one of a meeting the document lacks: COOP8001); the reference
# catalog's logs above carry its in-source ones.
cat > "$work/known.suppressions.json" <<'JSON'
{"format": "cooperation-suppressions/1", "suppressions": [
  {"rule": "COOP1002", "path": "meetings[talks-2]", "justification": "The mechanism is recorded in another catalog."},
  {"rule": "COOP3005", "path": "meetings[nowhere]", "justification": "Stale on purpose."}]}
JSON
"${cli[@]}" check --format sarif --as-of 2026-12-02 --suppressions "$work/known.suppressions.json" "$fixtures/rule-fixture-with-errors.format1.json" > "$work/suppressed.sarif" || [ $? -eq 1 ]
grep -q '"kind": "external"' "$work/suppressed.sarif" || { echo "error: no external suppression in suppressed.sarif" >&2; exit 1; }

# Against a baseline written without one rule and with another lowered: new, unchanged, updated and absent results.
"${cli[@]}" check --as-of 2026-12-02 --severity COOP1002=none --severity COOP3005=info --write-baseline "$work/known.sarif" "$fixtures/rule-fixture-with-errors.format1.json" > /dev/null || [ $? -eq 1 ]
"${cli[@]}" check --format sarif --as-of 2026-12-02 --severity COOP1004=none --baseline "$work/known.sarif" "$fixtures/rule-fixture-with-errors.format1.json" > "$work/against-baseline.sarif" || [ $? -eq 1 ]
for state in new unchanged updated absent; do
    grep -q "\"baselineState\": \"$state\"" "$work/against-baseline.sarif" || { echo "error: no $state result in against-baseline.sarif" >&2; exit 1; }
done

# A baseline of two documents against a run that checks one: the other is a notification, not absent results.
"${cli[@]}" check --as-of 2026-12-02 --write-baseline "$work/two-documents.json" "$fixtures/rule-fixture-with-errors.format1.json" "$fixtures/rule-fixture.format1.json" > /dev/null || [ $? -eq 1 ]
"${cli[@]}" check --format sarif --as-of 2026-12-02 --baseline "$work/two-documents.json" "$fixtures/rule-fixture.format1.json" > "$work/not-checked.sarif" 2> "$work/not-checked.err" || [ $? -eq 1 ]
grep -q '"baseline-document-not-checked"' "$work/not-checked.sarif" || { echo "error: no notification of the document not checked in not-checked.sarif" >&2; exit 1; }
grep -q "cooperation: note: The baseline has" "$work/not-checked.err" || { echo "error: check did not say which document it did not check" >&2; exit 1; }

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
