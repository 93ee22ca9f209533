#!/usr/bin/env bash
# Builds the Debian installer offline: target/release/bundle/deb/*.deb.
# Uses the tauri CLI from npm (@tauri-apps/cli, a prebuilt binary installed
# by `npm ci`), which runs `npm run build --workspace ui` first and builds
# the shell with the production `custom-protocol` feature.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npx tauri build --bundles deb "$@"
ls -l "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb
