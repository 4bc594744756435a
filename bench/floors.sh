#!/usr/bin/env bash
# Issue 17's floors (io.kaohe.bench.Floors): the CPU a line of each stage of the pipeline and its lower bound, one JVM a
# pack over the pack's 30,000-line cohort, and the most lines per CPU second Kaohe could reach with its verdicts as they
# are. About 1 minute of CPU for Shandong, less for the others (estimated; measured only on a loaded machine); bench/README.md says how to read it.
#
#   mvn -o -q -B package -DskipTests      # first: this script builds nothing
#   bench/floors.sh [OUT_DIR]             # PACKS="shandong" for one pack; ROUNDS=4 WARMUP=1 by default
#
# Writes OUT_DIR/floors.jsonl and OUT_DIR/floors.md (the table, one column a pack); run-all.sh runs it with FLOORS=1.
set -uo pipefail
source "$(dirname "$0")/common.sh"
out=${1:-$data/floors-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out" "$data"
failed=0
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/floors.log" >&2
log_file=$out/floors.log
for p in $packs; do
  f=$(cohort "$p" 30000) || { failed=1; continue; }
  java -cp "$cp" io.kaohe.bench.Floors --pack "$p" --in "$f" --rounds "${ROUNDS:-4}" --warmup "${WARMUP:-1}" \
    --json "$out/floors.jsonl" > "$out/floors-$p.txt" 2>&1 || { echo "FAILED: floors $p (see $out/floors-$p.txt)" >&2; failed=1; }
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/floors.log" >&2
java -cp "$cp" io.kaohe.bench.Floors table --results "$out/floors.jsonl" --packs "$packs" | tee "$out/floors.md"
exit $failed
