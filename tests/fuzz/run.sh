#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan+UBSan) in build-fuzz/ and runs each one.
#   tests/fuzz/run.sh            3 s per harness (the smoke run ./test.sh does)
#   tests/fuzz/run.sh 120        two minutes per harness
#   tests/fuzz/run.sh 60 scim_filter   one harness
# New inputs go to build-fuzz/corpus/<name>/ (the seeds in tests/fuzz/corpus/ are read, never written);
# a crash leaves its input in build-fuzz/artifacts/<name>/ and fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_EACH="${1:-3}"
ONLY="${2:-}"
FUZZ_BUILD_DIR="${FUZZ_BUILD_DIR:-build-fuzz}"

cmake -S . -B "$FUZZ_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSCIMFLOW_FUZZ=ON \
    -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$FUZZ_BUILD_DIR" --parallel "$(nproc)"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for seeds in tests/fuzz/corpus/*/; do
    name="$(basename "$seeds")"
    [ -n "$ONLY" ] && [ "$name" != "$ONLY" ] && continue
    mkdir -p "$FUZZ_BUILD_DIR/corpus/$name" "$FUZZ_BUILD_DIR/artifacts/$name"
    echo "fuzz_$name: ${SECONDS_EACH} s"
    if ! "$FUZZ_BUILD_DIR/tests/fuzz/fuzz_$name" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=0 -artifact_prefix="$FUZZ_BUILD_DIR/artifacts/$name/" \
        "$FUZZ_BUILD_DIR/corpus/$name" "$seeds" >"$FUZZ_BUILD_DIR/fuzz_$name.log" 2>&1; then
        tail -n 40 "$FUZZ_BUILD_DIR/fuzz_$name.log"
        failed+=("$name")
    else
        grep -E "^#[0-9]+[[:space:]]+DONE" "$FUZZ_BUILD_DIR/fuzz_$name.log" | tail -n 1 || true
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found problems in: ${failed[*]} (inputs in $FUZZ_BUILD_DIR/artifacts/)" >&2
    exit 1
fi
