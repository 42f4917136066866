#!/usr/bin/env bash
# Sets up and runs a benchmark; prints its figures. Benchmarks are not part of the test suite.
#   scripts/bench.sh generate [--products N --customers N --orders N]
#   scripts/bench.sh media [--files N --threads N --dir DIR]
#   scripts/bench.sh migrate [--products N --customers N --orders N --jobs N --verify]
#   scripts/bench.sh delta [--rate N --seconds N --throughput-seconds N --orders N]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
what="${1:-generate}"
shift || true
case "$what" in
    generate) exec build/bench/bench_generate "$@" ;;
    media) exec build/bench/bench_media "$@" ;;
    migrate) exec build/bench/bench_migrate "$@" ;;
    delta) exec build/bench/bench_delta "$@" ;;
    *) echo "Unknown benchmark \"$what\". Known: generate, media, migrate, delta." >&2; exit 2 ;;
esac
