#!/usr/bin/env bash
# Installs Debian's Firefox ESR when it is missing (the Firefox end-to-end tests and
# `npm start -- --firefox` drive it through puppeteer-core and WebDriver BiDi; no browser download
# is possible here).
set -euo pipefail
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "Firefox ESR is missing: install Debian's firefox-esr package (sudo apt-get install -y firefox-esr)" >&2
  exit 1
fi
echo "Installing Debian's firefox-esr…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq firefox-esr >/dev/null
/usr/bin/firefox-esr --version
