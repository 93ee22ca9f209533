#!/usr/bin/env bash
# Regenerates crates/domain/tests/fixtures/holidays-1950-2100.txt: the
# public holidays of every zone for 1950–2100 as the two independent Python
# calendars print them (crates/domain/tests/holidays_oracle.py). `cargo test`
# compares the Rust calendars with that file and needs no Python; when
# PERMANENCE_ORACLE_PYTHON is set (scripts/test.sh, CI) the test also runs
# the oracle live and fails if the file no longer matches.
#
# Run it only after changing the oracle script or its pinned libraries
# (scripts/setup.sh), then read the diff: a changed line is a changed legal
# holiday. Needs the oracles' virtual environment made by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PERMANENCE_ORACLE_PYTHON:-${PERMANENCE_ORACLES:-${HOME:-/root}/.cache/permanence/oracles}/bin/python}"
oracle=crates/domain/tests/holidays_oracle.py
out=crates/domain/tests/fixtures/holidays-1950-2100.txt

mkdir -p "$(dirname "$out")"
{
  echo "# Public holidays 1950–2100 printed by $oracle"
  echo "# (jours-feries-france 0.7.0, workalendar 17.0.0). Generated: do not edit;"
  echo "# regenerate with scripts/regenerate-holiday-oracle.sh and read the diff."
  "$python" "$oracle" 1950 2100
} >"$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -l <"$out") lines)"
