#!/usr/bin/env bash
# Installs the Debian packages the tests need and a fresh machine lacks: Chromium for Playwright
# (it cannot download its own browser offline) and PostgreSQL for the second e2e run.
set -euo pipefail

missing=()
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need these Debian packages: ${missing[*]}." >&2
  echo "Install them as root: apt-get update && apt-get install -y ${missing[*]}" >&2
  echo "(or point CHROMIUM_PATH at another Chromium)." >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
