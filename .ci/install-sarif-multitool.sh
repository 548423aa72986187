#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (npm @microsoft/sarif-multitool-linux, a self-contained binary that also ships
# the SARIF 2.1.0 JSON Schema) into the folder given, and prints the folder that holds Sarif.Multitool and
# sarif-2.1.0.json. Usage: .ci/install-sarif-multitool.sh DIR
set -euo pipefail
dir="$1"
mkdir -p "$dir"
npm install --silent --no-audit --no-fund --prefix "$dir" @microsoft/sarif-multitool-linux@5.7.0 >&2
tool="$dir/node_modules/@microsoft/sarif-multitool-linux"
chmod u+x "$tool/Sarif.Multitool"
[ -f "$tool/sarif-2.1.0.json" ] || { echo "error: the Multitool package has no sarif-2.1.0.json" >&2; exit 1; }
echo "$tool"
