#!/usr/bin/env bash
# Installs what the timeline page's browser tests need (tests/Cooperation.Domain.Interop.Tests/Html): Debian's chromium
# where it is missing, and npm's puppeteer-core (drives it headless, no browser download) and axe-core (accessibility
# rules) into the folder given. Prints nothing on standard output.
set -euo pipefail
dir="$1"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
if ! command -v chromium >/dev/null; then
    echo "chromium is not installed: installing Debian's chromium" >&2
    as_root apt-get update -qq >&2
    as_root apt-get install -y -qq chromium >&2
fi
if ! command -v npm >/dev/null; then
    echo "npm is not installed: installing Debian's npm" >&2
    as_root apt-get update -qq >&2
    as_root apt-get install -y -qq npm >&2
fi
npm install --silent --no-audit --no-fund --prefix "$dir" puppeteer-core@25.16.0 axe-core@4.14.1 >&2
test -f "$dir/node_modules/puppeteer-core/package.json"
test -f "$dir/node_modules/axe-core/axe.min.js"
chromium --version >&2
