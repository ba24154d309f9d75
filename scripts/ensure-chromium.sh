#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the end-to-end tests.
# The tests never download a browser; they drive /usr/bin/chromium through playwright-core.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM not found; installing Debian's chromium package"
  echo "ensure-chromium: + apt-get update"
  apt-get update
  echo "ensure-chromium: + DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
  if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: the chromium package is installed but $CHROMIUM is still missing" >&2
    exit 1
  fi
  echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
  exit 0
fi

echo "Chromium is missing. Install it with: sudo apt-get install -y chromium"
exit 1
