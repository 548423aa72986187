#!/usr/bin/env bash
# Uses the packed packages the way their users do, from a local folder, outside the repository:
#   (a) a fresh console project references Cooperation.Domain, reads the reference catalog and validates it;
#   (b) the Cooperation.Cli tool is installed and runs "cooperation check" and "cooperation export --format ics".
# A fresh NuGet cache makes sure the packages just built are the ones used, not older copies of the same version.
set -euo pipefail
packages="$(cd "$1" && pwd)"
version="$2"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/nuget-cache"

# The machine's package source is inherited; the local folder is added to it.
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-build" value="$packages" />
  </packageSources>
</configuration>
XML

echo "--- (a) a console project that uses Cooperation.Domain $version from $packages"
dotnet new console --output "$work/consumer" --name Consumer --framework net10.0 >/dev/null
(cd "$work/consumer" && dotnet add package Cooperation.Domain --version "$version" >/dev/null)
cat > "$work/consumer/Program.cs" <<'CS'
using Cooperation.Domain;
using Cooperation.Domain.Rules;

var catalog = ReferenceCatalog.Default;
var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(new NodaTime.LocalDate(2026, 11, 27)));
Console.WriteLine($"{catalog.Mechanisms.Length} mechanisms, {catalog.Meetings.Length} meetings");
Console.WriteLine(ReportWriter.Summary(report));
return report.HasErrors ? 1 : 0;
CS
out="$(cd "$work/consumer" && dotnet run)"
echo "$out"
# The counts the package must report are the committed reference catalog's.
read -r mechanisms meetings < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["mechanisms"]), len(d["meetings"]))' "$repo/src/Cooperation.Domain/Reference/reference-catalog.json")
grep -q "^$mechanisms mechanisms, $meetings meetings$" <<<"$out" || { echo "error: the packaged reference catalog does not have $mechanisms mechanisms and $meetings meetings" >&2; exit 1; }
grep -q "^0 errors, " <<<"$out"

echo "--- (b) the cooperation tool $version from $packages"
dotnet tool install Cooperation.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config"
"$work/tools/cooperation" --version
"$work/tools/cooperation" check | tail -n 1
"$work/tools/cooperation" export --format ics --output "$work/meetings.ics"
head -n 1 "$work/meetings.ics" | grep -qx $'BEGIN:VCALENDAR\r' || { echo "error: meetings.ics does not start a calendar" >&2; exit 1; }
events=$(grep -c "^BEGIN:VEVENT" "$work/meetings.ics")
[ "$events" -ge "$meetings" ] || { echo "error: the iCalendar export has $events events; the reference catalog has $meetings meetings" >&2; exit 1; }
echo "meetings.ics: $events events"
echo "packages ok"
