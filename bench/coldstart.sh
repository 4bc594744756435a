#!/usr/bin/env bash
# Cold start, every pack: JVM start to exit of `kaohe assess` on one dossier (the pack's first bundled sample
# teacher), median of N runs, the variants interleaved run by run so load hits them alike.
#   launcher  examples/kaohe as shipped (class-data-sharing archive, short-run JVM options)
#   plain     java -jar examples/target/kaohe.jar
#   before    java -jar $BEFORE (optional: a kaohe.jar of another build, its lib/ beside it)
# Usage (from the repository root, after mvn -q -B install -DskipTests):
#   bench/coldstart.sh [RUNS]            RUNS defaults to 5
#   BEFORE=/tmp/old/kaohe.jar bench/coldstart.sh 5
# Prints each run, then per pack and variant the median wall time, its range and the median CPU time (user +
# system, less sensitive to other load than wall time), and the load average before and after.
set -euo pipefail
runs=${1:-5}
root="$(cd "$(dirname "$0")/.." && pwd)"
samples="$root/examples/src/main/resources/io/kaohe/examples/samples"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

variants=(launcher plain)
[ -n "${BEFORE:-}" ] && variants+=(before)

run() { # variant pack: wall seconds, 3 decimals; its CPU seconds (user + system) go to $tmp/cpu
  local in="$tmp/$2.jsonl" out="$tmp/$2-$1.jsonl" t0 t1
  case $1 in
    launcher) cmd=("$root/examples/kaohe") ;;
    plain) cmd=(java -jar "$root/examples/target/kaohe.jar") ;;
    before) cmd=(java -jar "$BEFORE") ;;
  esac
  rm -f "$out"
  t0=$(date +%s%N)
  /usr/bin/time -o "$tmp/cpu" -f '%U %S' "${cmd[@]}" assess --pack "$2" --in "$in" --out "$out" --errors "$tmp/rejects.jsonl" 2>"$tmp/stderr"
  t1=$(date +%s%N)
  [ -s "$out" ] || { echo "no verdict from $1 $2" >&2; cat "$tmp/stderr" >&2; exit 1; }
  printf '%d.%03d' $(((t1 - t0) / 1000000000)) $((((t1 - t0) / 1000000) % 1000))
}

packs=(shandong hunan liaoning zhejiang)
for p in "${packs[@]}"; do head -1 "$samples/$p/teachers.jsonl" > "$tmp/$p.jsonl"; done
echo "load before: $(uptime)"
for i in $(seq "$runs"); do
  for p in "${packs[@]}"; do
    line="run $i $p:"
    for v in "${variants[@]}"; do
      s=$(run "$v" "$p")
      c=$(awk '{printf "%.2f", $1 + $2}' "$tmp/cpu")
      echo "$s" >> "$tmp/$p-$v.times"
      echo "$c" >> "$tmp/$p-$v.cpu"
      line+=" $v $s s (cpu $c s)"
    done
    echo "$line"
  done
done
echo "load after:  $(uptime)"
median() { sort -n "$1" | sed -n "$(((runs + 1) / 2))p"; }
printf '%-9s' pack; for v in "${variants[@]}"; do printf ' %-34s' "$v: wall median (min-max), cpu"; done; echo
for p in "${packs[@]}"; do
  printf '%-9s' "$p"
  for v in "${variants[@]}"; do
    sort -n "$tmp/$p-$v.times" > "$tmp/sorted"
    printf ' %-34s' "$(median "$tmp/$p-$v.times") s ($(head -1 "$tmp/sorted")-$(tail -1 "$tmp/sorted")), $(median "$tmp/$p-$v.cpu") s"
  done
  echo
done
