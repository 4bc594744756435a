# Sourced (not run) by bench/run-all.sh and bench/floors.sh: what both start with. Moves to the repository root and
# sets root, data ($KAOHE_BENCH_DATA, /tmp/kaohe-bench), packs ($PACKS, the four), jar and cp; stops the script when
# the jars are not built (it builds nothing). Gives log (to stderr and to $log_file once the script sets it) and
# cohort PACK N (a generated cohort, kept while the jar is unchanged).
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
data=${KAOHE_BENCH_DATA:-/tmp/kaohe-bench}
packs=${PACKS:-shandong hunan liaoning zhejiang}
jar=$root/examples/target/kaohe.jar
cp="$root/bench/target/kaohe-bench.jar:$root/bench/target/lib/*"
if [ ! -f "$jar" ] || [ ! -f "$root/bench/target/kaohe-bench.jar" ] || [ ! -d "$root/bench/target/lib" ]; then
  echo "$(basename "$0") builds nothing: run mvn -o -q -B package -DskipTests first" >&2
  exit 2
fi
log_file=/dev/null
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$log_file" >&2; }
# a generated cohort of N teachers, kept while the jar is unchanged: its path on stdout
cohort() {
  local f=$data/$1-$2.jsonl
  if [ ! -s "$f" ] || [ "$f" -ot "$jar" ]; then
    log "generating $f"
    # written aside and moved into place: a run stopped halfway must not leave a short cohort that looks current
    java -jar "$jar" generate --pack "$1" --teachers "$2" --seed 17 --out "$f.part" >&2 && mv "$f.part" "$f" || return 1
  fi
  echo "$f"
}
