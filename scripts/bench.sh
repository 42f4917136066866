#!/usr/bin/env bash
# Sets up and runs a benchmark; prints its figures. Benchmarks are not part of the test suite.
#   scripts/bench.sh generate [--products N --customers N --orders N]
#   scripts/bench.sh media [--files N --threads N --dir DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
what="${1:-generate}"
shift || true
case "$what" in
    generate) exec build/bench/bench_generate "$@" ;;
    media) exec build/bench/bench_media "$@" ;;
    *) echo "Unknown benchmark \"$what\". Known: generate, media." >&2; exit 2 ;;
esac
