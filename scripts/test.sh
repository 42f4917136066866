#!/usr/bin/env bash
# Sets up (Debian packages, build) and runs the whole test suite. Every test that needs a database starts its
# own private MariaDB server; nothing on the machine is touched. The fixtures are read from ../shared/fixtures
# (or $CUTOVER_FIXTURES).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --label-exclude bench "$@"
