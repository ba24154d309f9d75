#!/usr/bin/env bash
# Installs the npm dependencies when a clone has none yet or package-lock.json changed since,
# so that `npm start` and `npm test` work as the first command on a fresh machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund
fi
