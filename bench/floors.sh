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
cd "$(dirname "$0")/.."
root=$(pwd)
data=${KAOHE_BENCH_DATA:-/tmp/kaohe-bench}
out=${1:-$data/floors-$(date -u +%Y%m%dT%H%M%SZ)}
packs=${PACKS:-shandong hunan liaoning zhejiang}
jar=$root/examples/target/kaohe.jar
cp="$root/bench/target/kaohe-bench.jar:$root/bench/target/lib/*"
[ -f "$jar" ] && [ -f "$root/bench/target/kaohe-bench.jar" ] || { echo "floors.sh builds nothing: run mvn -o -q -B package -DskipTests first" >&2; exit 2; }
mkdir -p "$out" "$data"
failed=0
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$out/floors.log" >&2
for p in $packs; do
  f=$data/$p-30000.jsonl
  if [ ! -s "$f" ] || [ "$f" -ot "$jar" ]; then
    java -jar "$jar" generate --pack "$p" --teachers 30000 --seed 17 --out "$f.part" >&2 && mv "$f.part" "$f" || { failed=1; continue; }
  fi
  java -cp "$cp" io.kaohe.bench.Floors --pack "$p" --in "$f" --rounds "${ROUNDS:-4}" --warmup "${WARMUP:-1}" \
    --json "$out/floors.jsonl" > "$out/floors-$p.txt" 2>&1 || { echo "FAILED: floors $p (see $out/floors-$p.txt)" >&2; failed=1; }
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/floors.log" >&2
java -cp "$cp" io.kaohe.bench.Floors table --results "$out/floors.jsonl" --packs "$packs" | tee "$out/floors.md"
exit $failed
