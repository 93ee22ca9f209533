#!/usr/bin/env bash
# Installs what Permanence needs on Debian 12 and is missing: system
# packages, node packages, tauri-driver. Safe to run again: it skips what is
# already there. Non-interactive, so CI can run it on a brand-new machine.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"

# Build: webkit2gtk (pulls GTK 3, libsoup 3, JavaScriptCore), compiler.
# Tests: Xvfb for a real window without a screen, WebKitWebDriver, poppler.
# libclang: bindgen builds SQLite's session extension (team work).
APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential pkg-config librsvg2-dev
  xvfb xauth webkit2gtk-driver poppler-utils procps python3 python3-venv
  libclang-dev
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  $SUDO apt-get update -q -o DPkg::Lock::Timeout=600
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "${missing[@]}"
fi

for tool in cargo node npm python3; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is required (Rust via rustup, Node.js 20+)" >&2; exit 1; }
done

# Test oracles (not runtime dependencies): the deadline tests compare every
# zone's holidays for 1950–2100 with two calendars, and the calendar export
# is parsed by icalendar, as a calendar program would.
# In a virtual environment of their own: Debian's Python refuses system-wide
# pip installs (PEP 668), and nothing else on the machine is touched.
ORACLES="${PERMANENCE_ORACLES:-${HOME:-/root}/.cache/permanence/oracles}"
if ! "$ORACLES/bin/python" -c "import importlib.metadata as m; assert m.version('jours-feries-france') == '0.7.0' and m.version('workalendar') == '17.0.0' and m.version('icalendar') == '7.3.2'" 2>/dev/null; then
  echo "==> pip install jours-feries-france==0.7.0 workalendar==17.0.0 icalendar==7.3.2 (test oracles, in $ORACLES)"
  python3 -m venv "$ORACLES"
  "$ORACLES/bin/python" -m pip install --quiet --disable-pip-version-check \
    jours-feries-france==0.7.0 workalendar==17.0.0 icalendar==7.3.2
fi

echo "==> npm ci"
npm ci --no-audit --no-fund --loglevel=error

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v tauri-driver >/dev/null; then
  echo "==> cargo install tauri-driver"
  cargo install tauri-driver --locked --version '^2'
fi
