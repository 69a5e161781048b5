#!/usr/bin/env bash
# Build Scimflow and run every test.
#   ./test.sh              warnings as errors, clang-format check, all tests
#   ./test.sh --sanitize   the same with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)
#   ./test.sh --fuzz [S]   only the libFuzzer harnesses (clang, build-fuzz/), S seconds each (default 60)
#   ./test.sh --debian13   build and run the CTest suite in a Debian 13 root (Qt 6.8), made once with
#                          debootstrap in build-debian13/ (needs root): see packaging/debian13.sh
# The normal mode starts a PostgreSQL server of its own for the team-store runs (packaging/postgres.sh) and
# ends with a short fuzz smoke run (SCIMFLOW_FUZZ_SMOKE_SECONDS per harness, default 2; 0 skips).
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = "--debian13" ]; then
    exec packaging/debian13.sh
fi
BUILD_DIR="${BUILD_DIR:-build}"
BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}"
EXTRA_CMAKE_ARGS="-DSCIMFLOW_WERROR=ON"
if [ "${1:-}" = "--sanitize" ]; then
    BUILD_DIR="${BUILD_DIR/%build/build-asan}"
    BUILD_TYPE=Debug
    EXTRA_CMAKE_ARGS="$EXTRA_CMAKE_ARGS -DSCIMFLOW_SANITIZE=ON"
    export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi
source packaging/setup.sh
scimflow_install_packages
if [ "${1:-}" = "--fuzz" ]; then
    scimflow_install_packages "${SCIMFLOW_FUZZ_PACKAGES[@]}"
    FUZZ_BUILD_DIR="${BUILD_DIR%/}-fuzz" exec tests/fuzz/run.sh "${2:-60}"
fi

echo "Checking formatting (clang-format)"
mapfile -t sources < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h' 2>/dev/null || find app models views tests -name '*.cpp' -o -name '*.h')
if [ ${#sources[@]} -gt 0 ]; then
    clang-format --dry-run --Werror "${sources[@]}"
fi

scimflow_build
# The suites registered for both engines run a second time against a throwaway PostgreSQL server.
source packaging/postgres.sh
scimflow_install_packages "${SCIMFLOW_POSTGRES_PACKAGES[@]}"
scimflow_postgres_start
export SCIMFLOW_REQUIRE_POSTGRES=1
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 -j "$(nproc)"

if [ "${1:-}" != "--sanitize" ] && [ "${SCIMFLOW_FUZZ_SMOKE_SECONDS:-2}" != 0 ]; then
    echo "Fuzz smoke run"
    scimflow_install_packages "${SCIMFLOW_FUZZ_PACKAGES[@]}"
    FUZZ_BUILD_DIR="${BUILD_DIR%/}-fuzz" tests/fuzz/run.sh "${SCIMFLOW_FUZZ_SMOKE_SECONDS:-2}"
fi
