#!/usr/bin/env bash
# Installs Kinora's dependencies (Debian packages and npm) if needed, builds, and starts the app:
# the Electron window where Electron could be installed, else the editor in your browser.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-deps.sh
install_system_deps ffmpeg:ffmpeg ffprobe:ffmpeg flite:flite g++:g++ make:make python3:python3

# Reinstall only when the lock file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm start -- "$@"
