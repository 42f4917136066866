#!/usr/bin/env bash
# Sets up (Debian packages, build) and starts the Cutover wizard. With no arguments it opens on the local demo
# store: a sandbox MariaDB under your data folder with a generated Magento 1 store and a Magento 2 schema.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/cutover "$@"
