#!/usr/bin/env bash
# Command 1 of the README: install what is missing, build, start Permanence.
# Extra arguments go to the app, e.g. `--data-dir /media/usb/permanence`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "==> build the interface"
npm run build --workspace ui
echo "==> build and start the desktop app"
exec cargo run -p permanence-desktop -- "$@"
