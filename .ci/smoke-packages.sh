#!/usr/bin/env bash
# Uses the packed packages the way their users do, from a local folder, outside the repository:
#   (a) a fresh console project references Cooperation.Domain, reads the reference catalog and validates it;
#   (a2) a fresh console project references Cooperation.Domain.Interop and exports the reference catalog to every
#       format (Popolo, FollowTheMoney, the Parquet tables, iCalendar, each CSV table);
#   (b) the Cooperation.Cli tool is installed and runs "cooperation check" and "cooperation export --format ics";
#   (c) a consumer published with Native AOT (.ci/aot-consumer) runs as a native binary: an async read, validation,
#       an edit, canonical JSON, its own source-generated JSON of model values; trim and AOT warnings are errors;
#   (d) a fresh console project references Cooperation.Domain.EntityFrameworkCore and round-trips the reference
#       catalog through SQLite (migrations applied, saved, loaded, compared with CatalogDiff).
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
Console.WriteLine(report.Summary);
return report.HasErrors ? 1 : 0;
CS
out="$(cd "$work/consumer" && dotnet run)"
echo "$out"
# The counts the package must report are the committed reference catalog's.
read -r mechanisms meetings < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["mechanisms"]), len(d["meetings"]))' "$repo/src/Cooperation.Domain/Reference/reference-catalog.json")
grep -q "^$mechanisms mechanisms, $meetings meetings$" <<<"$out" || { echo "error: the packaged reference catalog does not have $mechanisms mechanisms and $meetings meetings" >&2; exit 1; }
grep -q "^0 errors, " <<<"$out"

echo "--- (a2) a console project that uses Cooperation.Domain.Interop $version from $packages"
dotnet new console --output "$work/interop" --name InteropConsumer --framework net10.0 >/dev/null
(cd "$work/interop" && dotnet add package Cooperation.Domain.Interop --version "$version" >/dev/null)
cat > "$work/interop/Program.cs" <<'CS'
using Cooperation.Domain;
using Cooperation.Domain.Interop;

var catalog = ReferenceCatalog.Default;
var folder = args[0];
async Task Export(string name, Func<Stream, Task> write)
{
    await using var file = File.Create(Path.Combine(folder, name));
    await write(file);
}

await Export("catalog.popolo.json", s => new PopoloWriter().WriteAsync(catalog, s));
await Export("catalog.ftm.json", s => new FollowTheMoneyWriter().WriteAsync(catalog, s));
await Export("meetings.ics", s => new ICalendarWriter(new NodaTime.LocalDate(2026, 11, 27)).WriteAsync(catalog, s));
foreach (var table in CsvExport.Tables)
{
    await Export(table.Table + table.FileExtension, s => table.WriteAsync(catalog, s));
}

Directory.CreateDirectory(Path.Combine(folder, "tables"));
var tables = await ParquetExport.WriteFolderAsync(catalog, Path.Combine(folder, "tables"));
Console.WriteLine($"exported: popolo, ftm, ics, {CsvExport.Tables.Count} csv tables, {tables.Count} parquet tables");
CS
mkdir -p "$work/interop-out"
(cd "$work/interop" && dotnet run -- "$work/interop-out") | tee "$work/interop.log"
grep -qx "exported: popolo, ftm, ics, 7 csv tables, 9 parquet tables" "$work/interop.log"
"${COOPERATION_PYTHON_JSONSCHEMA:-python3}" "$repo/tools/interop/validate_popolo.py" "$repo/../shared/interop/popolo" "$work/interop-out/catalog.popolo.json"
"${COOPERATION_PYTHON_ICALENDAR:-python3}" "$repo/tools/interop/read_icalendar.py" "$work/interop-out/meetings.ics" >/dev/null
python3 "$repo/tools/interop/read_csv.py" "$work/interop-out/meetings.csv" >/dev/null
if [ -n "${COOPERATION_FTM_MODEL:-}" ]; then
    python3 "$repo/tools/interop/check_ftm.py" "$COOPERATION_FTM_MODEL" "$work/interop-out/catalog.ftm.json"
fi

echo "--- (b) the cooperation tool $version from $packages"
dotnet tool install Cooperation.Cli --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config"
"$work/tools/cooperation" --version
"$work/tools/cooperation" check | tail -n 1
"$work/tools/cooperation" export --format ics --output "$work/meetings.ics"
head -n 1 "$work/meetings.ics" | grep -qx $'BEGIN:VCALENDAR\r' || { echo "error: meetings.ics does not start a calendar" >&2; exit 1; }
events=$(grep -c "^BEGIN:VEVENT" "$work/meetings.ics")
[ "$events" -ge "$meetings" ] || { echo "error: the iCalendar export has $events events; the reference catalog has $meetings meetings" >&2; exit 1; }
echo "meetings.ics: $events events"
echo "--- (c) a Native AOT consumer of Cooperation.Domain $version"
# The SDK's AOT compiler links with clang: the plain name if installed, else the versioned one this image has.
linker=""
if ! command -v clang >/dev/null; then
    for candidate in clang-19 clang-18 clang-17 clang-16 clang-15 clang-14; do
        if command -v "$candidate" >/dev/null; then linker="-p:CppCompilerAndLinker=$candidate"; break; fi
    done
    if [ -z "$linker" ] && command -v apt-get >/dev/null; then
        (apt-get update -qq && apt-get install -y -qq clang >/dev/null) || sudo -n sh -c 'apt-get update -qq && apt-get install -y -qq clang >/dev/null'
    fi
fi
cp -r "$repo/.ci/aot-consumer" "$work/aot-consumer"
(cd "$work/aot-consumer" && dotnet add package Cooperation.Domain --version "$version" >/dev/null)
# shellcheck disable=SC2086 # $linker is one optional argument
dotnet publish "$work/aot-consumer" -c Release -r linux-x64 -o "$work/aot" $linker -nologo 2>&1 | tee "$work/aot-publish.log"
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "error: the AOT publish failed" >&2; exit 1; }
# The only trim or AOT warning allowed is the one summary of Ardalis.SmartEnum (see .ci/aot-consumer/AotConsumer.csproj).
if grep -E "warning (IL|SYSLIB)[0-9]+" "$work/aot-publish.log" | grep -v "IL2104: Assembly 'Ardalis.SmartEnum' produced trim warnings" | grep -q .; then
    echo "error: the AOT publish has trim or AOT warnings besides Ardalis.SmartEnum's:" >&2
    grep -E "warning (IL|SYSLIB)[0-9]+" "$work/aot-publish.log" | sort -u >&2
    exit 1
fi
[ -x "$work/aot/AotConsumer" ] && ! [ -e "$work/aot/AotConsumer.dll" ] || { echo "error: the AOT publish did not produce a native binary" >&2; exit 1; }
file "$work/aot/AotConsumer" 2>/dev/null | grep -q ELF || head -c 4 "$work/aot/AotConsumer" | grep -q ELF
"$work/aot/AotConsumer" "$repo/src/Cooperation.Domain/Reference/reference-catalog.json" "$work/aot-out.json" | tee "$work/aot.log"
grep -qx "native consumer: all checks passed" "$work/aot.log"
# The binary's canonical JSON is the library's: the managed tool reads it and finds the edited meeting held.
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["format"] == "cooperation-catalog/2"; print(sum(1 for m in d["meetings"] if m["status"] == "held"), "held meetings in the native output")' "$work/aot-out.json"
"$work/tools/cooperation" check "$work/aot-out.json" --min-severity error | tail -n 1

echo "--- (d) a console project that uses Cooperation.Domain.EntityFrameworkCore $version from $packages"
dotnet new console --output "$work/ef-consumer" --name EfConsumer --framework net10.0 >/dev/null
(cd "$work/ef-consumer" && dotnet add package Cooperation.Domain.EntityFrameworkCore --version "$version" >/dev/null)
cat > "$work/ef-consumer/Program.cs" <<'CS'
using Cooperation.Domain;
using Cooperation.Domain.Diff;
using Cooperation.Domain.EntityFrameworkCore;

var file = Path.Combine(Path.GetTempPath(), $"smoke-{Guid.NewGuid():N}.db");
try
{
    await using (var db = CooperationDatabase.CreateSqlite($"Data Source={file};Pooling=False"))
    {
        var store = new CatalogStore(db);
        await store.MigrateAsync();
        await store.SaveAsync(ReferenceCatalog.Default);
    }

    await using (var db = CooperationDatabase.CreateSqlite($"Data Source={file};Pooling=False"))
    {
        var loaded = await new CatalogStore(db).LoadAsync();
        var diff = CatalogDiff.Compare(ReferenceCatalog.Default, loaded);
        Console.WriteLine($"{loaded.Meetings.Length} meetings through SQLite, {(diff.IsEmpty ? "equal" : "different")}");
        return diff.IsEmpty ? 0 : 1;
    }
}
finally
{
    File.Delete(file);
}
CS
out="$(cd "$work/ef-consumer" && dotnet run)"
echo "$out"
grep -qx "$meetings meetings through SQLite, equal" <<<"$out" || { echo "error: the reference catalog did not round-trip through SQLite" >&2; exit 1; }
echo "packages ok"
