#!/usr/bin/env bash
# Command 2 of the README: every test. Installs what is missing first.
# Levels: formatting and lints (Rust and TypeScript); Rust unit and integration tests; UI unit
# tests (Vitest); the real window under Xvfb driven through WebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never
start=$(date +%s)
step() { echo; echo "==> $* ($(( $(date +%s) - start )) s)"; }

step "setup"
bash scripts/setup.sh
# The holiday oracles' Python (see setup.sh), for the deadline tests.
export PERMANENCE_ORACLE_PYTHON="${PERMANENCE_ORACLES:-${HOME:-/root}/.cache/permanence/oracles}/bin/python"

step "cargo fmt --check"
cargo fmt --all -- --check

step "UI and e2e TypeScript: format and lint (Biome, biome.jsonc)"
npx biome ci --colors=off

step "UI: type-check and build (ui/dist is embedded by the shell)"
npm run build --workspace ui

step "cargo clippy -D warnings (whole workspace, tests included)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo build (whole workspace, desktop shell included)"
cargo build --workspace --locked

step "Rust tests"
cargo test --workspace --locked

step "UI unit tests (Vitest)"
npm test --workspace ui

step "window end-to-end test (Xvfb + tauri-driver + WebKitWebDriver)"
npm test --workspace e2e

step "all tests passed"
