#!/usr/bin/env bash
# Installs Kinora's dependencies (Debian packages and npm) if needed, builds, and starts the app:
# the Electron window where Electron could be installed, else the editor in your browser.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-deps.sh
install_system_deps ffmpeg:ffmpeg ffprobe:ffmpeg flite:flite g++:g++ make:make python3:python3

# Reinstall only when the lock file's contents changed since the last install (its date changes with
# every checkout). A node_modules that links to another checkout's is that checkout's to install:
# npm ci would empty it for both.
stamp=node_modules/.kinora-lock-sha256
wanted="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  if [ -L node_modules ]; then
    echo "node_modules links to $(readlink -f node_modules), installed for another package-lock.json: run this script there." >&2
    exit 1
  fi
  npm ci --no-audit --no-fund
  echo "$wanted" > "$stamp"
fi
npm start -- "$@"
