#!/usr/bin/env bash
# Checks the packed Cooperation.Domain package and its companion Cooperation.Domain.Interop: metadata, packed README
# and license, symbols package, source link, and dependencies (Cooperation.Domain: only NodaTime, Ardalis.SmartEnum and
# Ardalis.GuardClauses; Interop: only Cooperation.Domain and Parquet.Net); and that the README packed in them and in
# the tool's package has only absolute links (a relative docs/ link is broken on a package page).
# Then the database companion, Cooperation.Domain.EntityFrameworkCore: metadata, symbols, its migrations compiled in,
# and dependencies limited to the library, EF Core's relational, SQLite and Npgsql providers and Dapper (EF Core's
# design-time package is for `dotnet ef` only).
set -euo pipefail
dir="$1"
# The version right after the id: Cooperation.Domain.[0-9]* is the library itself, not a companion.
nupkg=$(ls "$dir"/Cooperation.Domain.[0-9]*.nupkg | grep -v '\.symbols\.' | head -n1)
snupkg=$(ls "$dir"/Cooperation.Domain.[0-9]*.snupkg | head -n1)
interop=$(ls "$dir"/Cooperation.Domain.Interop.[0-9]*.nupkg | grep -v '\.symbols\.' | head -n1)
interop_snupkg=$(ls "$dir"/Cooperation.Domain.Interop.[0-9]*.snupkg | head -n1)
[ -f "$nupkg" ] && [ -f "$snupkg" ] && [ -f "$interop" ] && [ -f "$interop_snupkg" ] || { echo "error: a package or symbols package is missing in $dir" >&2; exit 1; }
tool=$(ls "$dir"/Cooperation.Cli.*.nupkg 2>/dev/null | head -n1 || true)
python3 - "$nupkg" "$snupkg" "$tool" "$interop" "$interop_snupkg" <<'PY'
import re, sys, zipfile
tool = sys.argv[3]
packages = [(sys.argv[1], sys.argv[2], "Cooperation.Domain", ["Ardalis.GuardClauses", "Ardalis.SmartEnum", "NodaTime"]),
            (sys.argv[4], sys.argv[5], "Cooperation.Domain.Interop", ["Cooperation.Domain", "Parquet.Net"])]
# A Markdown link or image whose target has no scheme and is not an anchor: relative to a page that has no docs/.
relative_link = re.compile(r'\]\((?![A-Za-z][A-Za-z0-9+.-]*:|#)([^)\s]*)')
for package in [p for p in (sys.argv[1], sys.argv[4], tool) if p]:
    with zipfile.ZipFile(package) as z:
        readme = z.read("README.md").decode("utf-8")
    links = relative_link.findall(readme)
    if links:
        sys.exit(f"error: {package}: the packed README has relative links, broken on a package page: {', '.join(links)}")
    if "/blob/main/docs/cli.md)" not in readme:
        sys.exit(f"error: {package}: the packed README does not link docs/cli.md on the repository")


def check(nupkg, snupkg, package_id, expected):
    with zipfile.ZipFile(nupkg) as z:
        names = z.namelist()
        nuspec = z.read(next(n for n in names if n.endswith(".nuspec"))).decode("utf-8")
        def need(cond, what):
            if not cond:
                sys.exit(f"error: {nupkg}: {what}")
        need(f"<id>{package_id}</id>" in nuspec, f"package id is not {package_id}")
        need('<license type="expression">MIT</license>' in nuspec, "SPDX license expression MIT missing")
        need("<readme>README.md</readme>" in nuspec and "README.md" in names, "README not packed")
        need("<description>" in nuspec and "<tags>" in nuspec, "description or tags missing")
        need("<repository " in nuspec, "repository metadata missing")
        need(f"lib/net10.0/{package_id}.dll" in names and f"lib/net10.0/{package_id}.xml" in names, "assembly or XML docs missing")
        deps = sorted(set(re.findall(r'<dependency id="([^"]+)"', nuspec)))
        need(deps == expected, f"unexpected dependencies {deps}")
        commit = re.search(r'<repository [^>]*commit="([0-9a-f]{40})"', nuspec)
        need(commit is not None, "repository commit missing")
    with zipfile.ZipFile(snupkg) as z:
        pdb = z.read(f"lib/net10.0/{package_id}.pdb")
        # The portable PDB holds the SourceLink JSON as a blob: sources map to the repository at the built commit.
        link = re.search(rb'\{"documents":\{"[^"]*":"([^"]+)"\}', pdb)
        need(link is not None, "symbols package has no SourceLink mapping")
        url = link.group(1).decode()
        need(url == f"https://raw.githubusercontent.com/cooperation-domain/Cooperation.Domain/{commit.group(1)}/*", f"SourceLink maps to {url}")
    print(f"package ok: {nupkg.split('/')[-1]} depends on {', '.join(deps)}; SourceLink {url}")


for package in packages:
    check(*package)
PY

companion=$(ls "$dir"/Cooperation.Domain.EntityFrameworkCore.[0-9]*.nupkg | grep -v '\.symbols\.' | head -n1)
companion_symbols=$(ls "$dir"/Cooperation.Domain.EntityFrameworkCore.[0-9]*.snupkg | head -n1)
[ -f "$companion" ] && [ -f "$companion_symbols" ] || { echo "error: the companion package or its symbols package is missing in $dir" >&2; exit 1; }
python3 - "$companion" "$companion_symbols" <<'PY'
import re, sys, zipfile
nupkg, snupkg = sys.argv[1], sys.argv[2]
def need(cond, what):
    if not cond:
        sys.exit(f"error: {nupkg}: {what}")
with zipfile.ZipFile(nupkg) as z:
    names = z.namelist()
    nuspec = z.read(next(n for n in names if n.endswith(".nuspec"))).decode("utf-8")
    dll = z.read("lib/net10.0/Cooperation.Domain.EntityFrameworkCore.dll") if "lib/net10.0/Cooperation.Domain.EntityFrameworkCore.dll" in names else b""
need("<id>Cooperation.Domain.EntityFrameworkCore</id>" in nuspec, "package id is not Cooperation.Domain.EntityFrameworkCore")
need('<license type="expression">MIT</license>' in nuspec, "SPDX license expression MIT missing")
need("<readme>README.md</readme>" in nuspec and "README.md" in names, "README not packed")
need("<description>" in nuspec and "<tags>" in nuspec and "<repository " in nuspec, "description, tags or repository missing")
need(dll and "lib/net10.0/Cooperation.Domain.EntityFrameworkCore.xml" in names, "assembly or XML docs missing")
# The migrations are in the assembly: both providers' initial migration by its identifier.
need(b"InitialCatalog" in dll, "the migrations are not compiled into the assembly")
deps = sorted(set(re.findall(r'<dependency id="([^"]+)"', nuspec)))
expected = ["Cooperation.Domain", "Dapper", "Microsoft.EntityFrameworkCore.Relational", "Microsoft.EntityFrameworkCore.Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL", "Npgsql.EntityFrameworkCore.PostgreSQL.NodaTime"]
need(deps == expected, f"unexpected dependencies {deps}")
with zipfile.ZipFile(snupkg) as z:
    need("lib/net10.0/Cooperation.Domain.EntityFrameworkCore.pdb" in z.namelist(), "symbols package has no PDB")
print(f"package ok: {nupkg.split('/')[-1]} depends on {', '.join(deps)}")
PY
