#!/usr/bin/env bash
# Load benchmark of `kaohe serve` (issue 19): wrk on loopback against the server, then the same dossiers through the
# embedded API (bench/serve-load/EmbeddedLoad.java) at the same concurrency for the same time, in one run. Prints
# requests/s, dossiers/s, p50 and p99 for single (/v1/assess) and batch (/v1/assess/batch) requests side by side.
#
#   mvn -B -pl examples -am package -DskipTests && apt-get install -y wrk   # once
#   bench/serve-load.sh                      # defaults below; e.g. DURATION=30 CONNECTIONS=8 bench/serve-load.sh
#
# Bounded in time: about 4 × (5 s warm-up + DURATION) plus the server's start. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
PACK=${PACK:-shandong}
TEACHERS=${TEACHERS:-5000}     # generated dossiers (about 5 in 1,000 deliberately bad: rejects on both sides)
DURATION=${DURATION:-15}       # seconds measured per mode and side
CONNECTIONS=${CONNECTIONS:-4}  # wrk connections = server workers = embedded threads
WRK_THREADS=${WRK_THREADS:-2}
BATCH=${BATCH:-100}            # dossiers per batch request
PORT=${PORT:-18919}
JAR=examples/target/kaohe.jar
CP="$JAR:examples/target/lib/*"
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install -y wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "$JAR missing: mvn -B -pl examples -am package -DskipTests" >&2; exit 2; }

WORK=$(mktemp -d)
SERVER=
# The server exits 143 on SIGTERM: under set -e a bare `wait` on it would end the trap early (the script exiting
# 143 after a complete run, and the temporary cohort left behind), hence the `|| true`.
cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

java -jar "$JAR" generate --pack "$PACK" --teachers "$TEACHERS" --seed 1 --out "$WORK/dossiers.jsonl" 2>/dev/null
java -jar "$JAR" serve --pack "$PACK" --port "$PORT" --threads "$CONNECTIONS" 2>"$WORK/serve.err" &
SERVER=$!
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null || { cat "$WORK/serve.err" >&2; exit 1; }

# wrk's --latency output → "requests/s dossiers/s p50_ms p99_ms"
summary() {
  awk -v batch="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rps = $2 }
    /Non-2xx/ { non2xx = $NF }
    END { printf "requests/s %.1f dossiers/s %.1f p50_ms %.3f p99_ms %.3f non2xx %s\n", rps, rps * batch, p50, p99, non2xx + 0 }'
}
http() { # mode lua args…
  local mode=$1 lua=$2 batch=$3
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d5s -s "bench/serve-load/$lua" "http://127.0.0.1:$PORT" -- "$WORK/dossiers.jsonl" "$batch" >/dev/null
  echo "http $mode $(wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "bench/serve-load/$lua" \
    "http://127.0.0.1:$PORT" -- "$WORK/dossiers.jsonl" "$batch" | summary "$batch")"
}

echo "kaohe serve load: pack $PACK, $TEACHERS dossiers, $CONNECTIONS connections/workers/threads, ${DURATION}s per mode, batch $BATCH"
echo "load before: $(uptime)"
# alternating, so a change of the machine's load hits both sides alike (the idle server uses no CPU meanwhile)
embedded() { java -cp "$CP" bench/serve-load/EmbeddedLoad.java "$PACK" "$WORK/dossiers.jsonl" "$CONNECTIONS" "$DURATION" "$1" 2>/dev/null; }
http single single.lua 1
embedded 1
http "batch$BATCH" batch.lua "$BATCH"
embedded "$BATCH"
echo "load after: $(uptime)"
