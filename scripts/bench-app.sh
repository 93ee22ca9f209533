#!/usr/bin/env bash
# Memory and start benchmark of the release app over a long working session
# (issue 16, point 1), in one command: installs what is missing, builds the
# desktop app the way users get it, seeds a base of 100,000 persons, and
# runs tests/e2e/bench.mjs on an empty folder and on that base. Prints a
# table; the figures go to target/bench/app-<run>.json.
#
#   PERMANENCE_BENCH_PERSONS  persons of the seeded base (default 100000)
#   PERMANENCE_BENCH_BASE     an already seeded folder to use instead (it
#                             is copied, never changed; seeded on another
#                             day, its deadlines have moved on)
#   PERMANENCE_BENCH_RUNS     fresh,100k (default) or one of them
#
# A release build takes a few minutes from a warm cargo cache, about 12
# from a cold one on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

bash scripts/setup.sh

echo "==> build the release app (UI embedded, production custom-protocol feature)"
# As scripts/build-deb.sh, without the installer: the tauri CLI from npm
# builds the UI first, then the shell with the custom-protocol feature.
npx tauri build --no-bundle --ci
binary="${CARGO_TARGET_DIR:-target}/release/permanence-desktop"
export PERMANENCE_APP_BINARY="${PERMANENCE_APP_BINARY:-$binary}"

if [ -z "${PERMANENCE_BENCH_BASE:-}" ]; then
  scratch="$(mktemp -d "${TMPDIR:-/tmp}/permanence-base-XXXXXX")"
  trap 'rm -rf "$scratch"' EXIT
  export PERMANENCE_BENCH_BASE="$scratch/data"
  persons="${PERMANENCE_BENCH_PERSONS:-100000}"
  echo "==> seed a base of $persons persons in $PERMANENCE_BENCH_BASE"
  # Today's date is read here, not by the seed: the dossiers' deadlines
  # fall around the day the app is measured.
  started=$SECONDS
  cargo run --release --locked -p permanence-app --example seed_base -- \
    "$PERMANENCE_BENCH_BASE" "$persons" --today "$(date +%F)"
  echo "seeded in $((SECONDS - started)) s (build included)"
fi

echo "==> bench: $PERMANENCE_APP_BINARY"
npm run bench --workspace e2e
