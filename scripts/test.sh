#!/usr/bin/env bash
# The one test command (README, and .ci/run on a clean clone): installs what the tests need from
# Debian and npm, then runs lint, type-check, unit tests, the build and the end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/system-deps.sh
install_system_deps ffmpeg:ffmpeg ffprobe:ffmpeg flite:flite /usr/bin/chromium:chromium g++:g++ make:make python3:python3 \
  /usr/lib/python3/dist-packages/skimage/data/astronaut.png:python3-skimage

# The Electron binary cannot be fetched where its download host is unreachable, and no test needs
# it: the Electron e2e skips without it, the browser-host e2e drives the same UI.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
# The tests run the native addons (native/), not their JavaScript fallbacks: a failed build fails.
export KINORA_NATIVE_REQUIRED=1
npm ci --no-audit --no-fund
# What run.sh reads to know this install matches the lock file.
sha256sum package-lock.json | cut -d' ' -f1 > node_modules/.kinora-lock-sha256

npm test
