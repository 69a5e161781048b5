#!/usr/bin/env bash
# Build Scimflow and open the console on the built-in demo. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")"
BUILD_DIR="${BUILD_DIR:-build}"
BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
source packaging/setup.sh
scimflow_install_packages
scimflow_build --target scimflow
exec "$BUILD_DIR/app/scimflow" "$@"
