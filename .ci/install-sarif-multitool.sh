#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool-linux, a self-contained binary that also ships
# the SARIF 2.1.0 JSON Schema) into the folder given, and prints the folder that holds Sarif.Multitool and
# sarif-2.1.0.json. Usage: .ci/install-sarif-multitool.sh DIR
set -euo pipefail
dir="$1"
mkdir -p "$dir"
if ! command -v npm >/dev/null; then
    echo "npm is not installed: installing Debian's npm" >&2
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq >&2 && apt-get install -y -qq npm >&2; else sudo -n apt-get update -qq >&2 && sudo -n apt-get install -y -qq npm >&2; fi
fi
npm install --silent --no-audit --no-fund --prefix "$dir" @microsoft/sarif-multitool-linux@5.7.0 >&2
tool="$dir/node_modules/@microsoft/sarif-multitool-linux"
chmod u+x "$tool/Sarif.Multitool"
[ -f "$tool/sarif-2.1.0.json" ] || { echo "error: the Multitool package has no sarif-2.1.0.json" >&2; exit 1; }
echo "$tool"
