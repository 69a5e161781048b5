#!/usr/bin/env bash
# Performance benches with verdicts. Builds Release in build-bench/, makes the `large` scenario once (cached
# under build-bench/cache/, made again when the scenario generator, its types or the store change), runs
# each bench alone and prints one table: measure, figure, target, verdict. Exits non-zero when a target is
# missed or a bench fails.
#   ./bench.sh              every bench
#   ./bench.sh NAME...      only these benches (./bench.sh --list names them); the table keeps the latest
#                           run of the others
#   ./bench.sh --readme     rewrites the README's performance table from the latest run of every bench
set -euo pipefail
cd "$(dirname "$0")"

BENCHES=(views timeline sync ingest pipelines reports drift coldstart graph credentials reviews teamstore)
BUILD_DIR="${BENCH_BUILD_DIR:-build-bench}"
RESULTS="$BUILD_DIR/results"

usage() {
    sed -n '2,9s/^# \{0,1\}//p' "$0"
    exit "${1:-0}"
}

readme() {
    local table="$RESULTS/table.md"
    [ -f "$RESULTS/complete" ] || { echo "error: not every bench has run; run ./bench.sh first" >&2; exit 1; }
    python3 - "$table" README.md <<'EOF'
import re, sys
table = open(sys.argv[1]).read().strip()
path = sys.argv[2]
text = open(path).read()
begin, end = '<!-- bench.sh results: begin -->', '<!-- bench.sh results: end -->'
if begin not in text or end not in text:
    sys.exit('error: README.md has no bench.sh markers')
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open(path, 'w').write(head + begin + '\n' + table + '\n' + end + tail)
EOF
    echo "README.md: performance table rewritten from $table"
}

selected=()
for arg in "$@"; do
    case "$arg" in
    -h | --help) usage ;;
    --list) printf '%s\n' "${BENCHES[@]}"; exit 0 ;;
    --readme) readme; exit 0 ;;
    -*) echo "error: unknown option $arg" >&2; usage 2 ;;
    *)
        [[ " ${BENCHES[*]} " == *" $arg "* ]] || { echo "error: no bench named $arg (./bench.sh --list)" >&2; exit 2; }
        selected+=("$arg")
        ;;
    esac
done
[ ${#selected[@]} -eq 0 ] && selected=("${BENCHES[@]}")

machine() {
    local cpu
    cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
    echo "${cpu:-unknown CPU}, $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

BUILD_TYPE=Release
EXTRA_CMAKE_ARGS=""
source packaging/setup.sh
scimflow_install_packages
echo "Building Release in $BUILD_DIR"
scimflow_build --target scimflow $(printf 'bench_%s ' "${BENCHES[@]}")
BIN="$BUILD_DIR/app/scimflow"
BENCH_BIN="$BUILD_DIR/tests/bench"
export QT_QPA_PLATFORM=offscreen

# The large scenario, made once per version of its generator, its data types and the store (schema and
# importer), at a fixed anchor so that every run measures the same data.
mkdir -p "$BUILD_DIR/cache" "$RESULTS"
key="$(find models/scenario models/domain models/store -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z |
    xargs -0 sha1sum | sha1sum | cut -c1-12)"
LARGE="$BUILD_DIR/cache/large-$key.db"
if [ ! -f "$LARGE" ]; then
    echo "Making the large scenario once into $LARGE"
    rm -f "$BUILD_DIR"/cache/large-*.db "$LARGE.partial"*
    "$BIN" scenario --db "$LARGE.partial" --scenario large --anchor 2026-11-28T12:00:00Z >/dev/null
    rm -f "$LARGE.partial-wal" "$LARGE.partial-shm"
    mv "$LARGE.partial" "$LARGE"
fi
# Benches that write get a fresh copy, so that every run starts from the same store. The copy is flushed to
# disk first: its 300 MB of write-back would otherwise run during the bench.
WORK="$BUILD_DIR/work"
fresh_large() {
    rm -rf "$WORK"
    mkdir -p "$WORK"
    cp "$LARGE" "$WORK/large.db"
    sync "$WORK/large.db"
    echo "$WORK/large.db"
}

run_bench() {
    case "$1" in
    views) "$BENCH_BIN/bench_views" --db "$(fresh_large)" ;;
    timeline) "$BENCH_BIN/bench_timeline" --db "$(fresh_large)" ;;
    sync) "$BENCH_BIN/bench_sync" ;;
    ingest) "$BENCH_BIN/bench_ingest" ;;
    pipelines) "$BENCH_BIN/bench_pipelines" ;;
    reports) "$BENCH_BIN/bench_reports" --db "$(fresh_large)" --out "$WORK/access-review" ;;
    drift) "$BENCH_BIN/bench_drift" "$(fresh_large)" ;;
    coldstart) "$BENCH_BIN/bench_coldstart" ;;
    graph) "$BENCH_BIN/bench_graph" ;;
    credentials) "$BENCH_BIN/bench_credentials" ;;
    reviews) "$BENCH_BIN/bench_reviews" "$(fresh_large)" ;;
    # A throwaway PostgreSQL server on loopback for this bench only, durable as a real one, stopped when it
    # ends.
    teamstore) (source packaging/postgres.sh && SCIMFLOW_POSTGRES_DURABLE=1 scimflow_postgres_start >/dev/null &&
        "$BENCH_BIN/bench_teamstore" "$LARGE") ;;
    esac
}

echo
echo "Machine: $(machine)"
echo "Load average at start: $(load)"
status=0
for name in "${selected[@]}"; do
    sync # what the bench before wrote is on disk before this one starts, not written back during it
    echo
    echo "== $name (load $(load))"
    log="$RESULTS/$name.txt"
    echo "LOAD $(load | cut -d' ' -f1)" >"$log"
    # The offscreen platform's warning about size hints says nothing about the figures.
    if ! run_bench "$name" 2>&1 | grep --line-buffered -v 'does not support propagateSizeHints' | tee -a "$log"; then
        echo "RESULT $name.exit failed" >>"$log"
        status=1
    fi
    grep -q '^RESULT ' "$log" || { echo "RESULT $name.output none" >>"$log"; status=1; }
done
rm -rf "$WORK"
echo
echo "Load average at the end: $(load)"

# The table holds every bench's latest run: ./bench.sh NAME refreshes the rows of that bench.
all="$RESULTS/all.txt"
: >"$all"
loads=()
complete=1
for name in "${BENCHES[@]}"; do
    log="$RESULTS/$name.txt"
    [ -f "$log" ] || { complete=0; continue; }
    loads+=("$name $(sed -n 's/^LOAD //p' "$log")")
    grep '^RESULT ' "$log" | sed "s/^RESULT /RESULT $name /" >>"$all"
done

# RESULT <bench> <id> <value> <unit> [target <op> <limit>] [-- note]; the last line names the benches
# with a miss.
rows="$(awk '
function verdict(v, op, t) {
    if (op == "<=") return v <= t; if (op == "<") return v < t
    if (op == ">=") return v >= t; if (op == ">") return v > t
    return 0
}
{
    bench = $2; id = $3
    if (NF < 5) { printf "| %s | %s | | FAILED |\n", id, $4; bad[bench] = 1; next }
    value = $4; unit = $5; target = ""; result = "info"
    if ($6 == "target") {
        target = $7 " " $8 " " unit
        if (verdict(value + 0, $7, $8 + 0)) result = "met"; else { result = "MISSED"; bad[bench] = 1 }
    }
    note = ""
    for (i = 1; i <= NF; i++) if ($i == "--") { for (j = i + 1; j <= NF; j++) note = note (j > i + 1 ? " " : "") $j; break }
    printf "| %s | %s %s%s | %s | %s |\n", id, value, unit, (note != "" ? " (" note ")" : ""), target, result
}
END { line = "missed:"; for (b in bad) line = line " " b; print line }' "$all")"
missed=" $(tail -1 <<<"$rows" | cut -d: -f2) "
for name in "${selected[@]}"; do
    [[ "$missed" == *" $name "* ]] && status=1
done

{
    echo "| measure | figure | target | verdict |"
    echo "| --- | --- | --- | --- |"
    sed '$d' <<<"$rows"
    echo
    echo "Machine: $(machine); Release build; each bench run alone. Load average (1 min) when each bench"
    echo "started: $(IFS=,; echo "${loads[*]}" | sed 's/,/, /g')."
} >"$RESULTS/table.md"
if [ $complete = 1 ]; then
    touch "$RESULTS/complete"
else
    rm -f "$RESULTS/complete"
fi

echo
cat "$RESULTS/table.md"
if [ $status -ne 0 ]; then
    echo
    echo "bench.sh: at least one target missed or one bench failed"
fi
exit $status
