#!/usr/bin/env bash
# Checks the packed Cooperation.Domain package: metadata, packed README and license, symbols package,
# source link, and dependencies limited to NodaTime and Ardalis.SmartEnum.
set -euo pipefail
dir="$1"
nupkg=$(ls "$dir"/Cooperation.Domain.*.nupkg | grep -v '\.symbols\.' | head -n1)
snupkg=$(ls "$dir"/Cooperation.Domain.*.snupkg | head -n1)
[ -f "$nupkg" ] && [ -f "$snupkg" ] || { echo "error: package or symbols package missing in $dir" >&2; exit 1; }
python3 - "$nupkg" "$snupkg" <<'PY'
import re, sys, zipfile
nupkg, snupkg = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(nupkg) as z:
    names = z.namelist()
    nuspec = z.read(next(n for n in names if n.endswith(".nuspec"))).decode("utf-8")
    def need(cond, what):
        if not cond:
            sys.exit(f"error: {nupkg}: {what}")
    need("<id>Cooperation.Domain</id>" in nuspec, "package id is not Cooperation.Domain")
    need('<license type="expression">MIT</license>' in nuspec, "SPDX license expression MIT missing")
    need("<readme>README.md</readme>" in nuspec and "README.md" in names, "README not packed")
    need("<description>" in nuspec and "<tags>" in nuspec, "description or tags missing")
    need("<repository " in nuspec, "repository metadata missing")
    need("lib/net10.0/Cooperation.Domain.dll" in names and "lib/net10.0/Cooperation.Domain.xml" in names, "assembly or XML docs missing")
    deps = sorted(set(re.findall(r'<dependency id="([^"]+)"', nuspec)))
    need(deps == ["Ardalis.SmartEnum", "NodaTime"], f"unexpected dependencies {deps}")
    commit = re.search(r'<repository [^>]*commit="([0-9a-f]{40})"', nuspec)
    need(commit is not None, "repository commit missing")
with zipfile.ZipFile(snupkg) as z:
    pdb = z.read("lib/net10.0/Cooperation.Domain.pdb")
    # The portable PDB holds the SourceLink JSON as a blob: sources map to the repository at the built commit.
    link = re.search(rb'\{"documents":\{"[^"]*":"([^"]+)"\}', pdb)
    need(link is not None, "symbols package has no SourceLink mapping")
    url = link.group(1).decode()
    need(url == f"https://raw.githubusercontent.com/cooperation-domain/Cooperation.Domain/{commit.group(1)}/*", f"SourceLink maps to {url}")
print(f"package ok: {nupkg.split('/')[-1]} depends on {', '.join(deps)}; SourceLink {url}")
PY
