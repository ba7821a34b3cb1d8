#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing (the e2e tests, `npm start` and the benchmark
# drive it through playwright-core; a Playwright browser download is not possible here).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "Chromium is missing: install Debian's chromium package (sudo apt-get install -y chromium)" >&2
  exit 1
fi
echo "Installing Debian's chromium…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
