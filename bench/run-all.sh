#!/usr/bin/env bash
# Every figure of issue #17's table, for the four packs, in one bounded run (about 12–20 minutes on the 2-core
# machine): bench/README.md says what each row measures and how to run one row alone.
#
#   mvn -o -q -B package -DskipTests      # first: this script builds nothing
#   bench/run-all.sh [OUT_DIR]            # from anywhere; OUT_DIR defaults to /tmp/kaohe-bench/run-<time>
#
# Writes OUT_DIR/summary.json (machine-readable) and OUT_DIR/summary.md (the table for bench/RESULTS.md), and each
# benchmark's own output beside them. Cohorts (`kaohe generate --seed 17`) are kept in $KAOHE_BENCH_DATA
# (/tmp/kaohe-bench) and made again when the jar is newer. PACKS="hunan" runs one pack; HEAP_TEACHERS=100000 makes
# the heap row's cohort smaller, for a quick check of the script only (the table then marks that row not met). FLOORS=1
# adds bench/floors.sh (the floors of each stage) and its table.
set -uo pipefail
source "$(dirname "$0")/common.sh"
out=${1:-$data/run-$(date -u +%Y%m%dT%H%M%SZ)}
heap_teachers=${HEAP_TEACHERS:-1000000}
mkdir -p "$out" "$data"
log_file=$out/run-all.log
results=$out/results.jsonl
: > "$results"
start=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
failed=0
# one benchmark: its output to OUT_DIR/NAME.txt; a failure is logged and the run goes on (the table shows the gap)
step() {
  local name=$1; shift
  log "$name"
  if ! "$@" > "$out/$name.txt" 2>&1; then
    log "FAILED: $name (see $out/$name.txt)"
    failed=$((failed + 1))
  fi
}

log "load average $load_before; results in $out"
# 1. steady state, ratio to the baseline pipeline and warm-up: one fresh JVM a pack, one thread, 5 rounds of 30,000
#    lines, Kaohe and the baseline alternating (Kaohe's first pass is the warm-up; steady state is rounds 3–5)
for p in $packs; do
  f=$(cohort "$p" 30000) || { failed=$((failed + 1)); continue; }
  step "throughput-$p" java -cp "$cp" io.kaohe.bench.Runner throughput --pack "$p" --in "$f" --threads 1 --rounds 5 --json "$results"
done
# 2. JVM start to first verdict: the launcher as shipped and plain java -jar, alternating, median of 5
for p in $packs; do
  step "coldstart-$p" java -cp "$cp" io.kaohe.bench.Runner coldstart --pack "$p" --jar "$jar" --launcher "$root/examples/kaohe" \
    --runs 5 --json "$results"
done
# 3. Engine.assess latency, JMH sample mode (p50 … p99), Kaohe and baseline, every pack: about 3–4 minutes
jmh_packs=$(echo $packs | tr ' ' ',')
step jmh java -cp "$cp" org.openjdk.jmh.Main AssessBenchmark -p pack="$jmh_packs" -wi 2 -w 3 -i 3 -r 4 -f 1 \
  -rf json -rff "$out/jmh.json"
# 4. 1,000,000 dossiers under -Xmx256m with 2 threads (heap after a full GC at each tenth of the input)
for p in $packs; do
  f=$(cohort "$p" "$heap_teachers") || { failed=$((failed + 1)); continue; }
  step "heap-$p" java -Xmx256m -cp "$cp" io.kaohe.bench.Runner heap --pack "$p" --in "$f" --threads 2 --json "$results"
done

# 5. with FLOORS=1: the floors of each stage (bench/floors.sh, about 3–5 minutes more; its table goes under summary.md's)
if [ "${FLOORS:-0}" = 1 ]; then
  step floors env PACKS="$packs" KAOHE_BENCH_DATA="$data" "$root/bench/floors.sh" "$out"
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ] && commit="$commit (with uncommitted changes)"
jvm=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.name|java.runtime.version/ {printf "%s ", $2}')
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
log "load average $load_after; summary"
java -cp "$cp" io.kaohe.bench.Summary --results "$results" --jmh "$out/jmh.json" --json "$out/summary.json" --md "$out/summary.md" \
  --packs "$packs" --floors "$out/floors.jsonl" \
  --meta "date=$(date -u '+%Y-%m-%d %H:%M UTC')" --meta "commit=$commit" --meta "loadBefore=$load_before" \
  --meta "loadAfter=$load_after" --meta "jvm=${jvm% }, $(nproc) × $cpu" --meta "seconds=$(( $(date +%s) - start ))" \
  --meta "failedSteps=$failed" > /dev/null || { log "FAILED: summary"; exit 1; }
cat "$out/summary.md"
log "done in $(( $(date +%s) - start )) s, $failed failed steps: $out/summary.md, $out/summary.json"
[ "$failed" -eq 0 ]
