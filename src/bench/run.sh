#!/usr/bin/env bash
# The benchmark: four Gatling simulations against a running Box Office (demo data), and pgbench
# doing the same SQL as scenarios 1 and 2 directly on the same PostgreSQL, same data, same
# number of clients, in one run. Prints and writes target/bench/report.md.
#
#   src/bench/run.sh                      # 30 s per measurement after a 60 s warm-up
#   BENCH_SECONDS=60 BENCH_WARMUP=30 BENCH_USERS=16 src/bench/run.sh
#
# The warm-up gives the app's JIT time to compile every path measured: on 2 cores, CPU per request
# was still falling after a minute of load. The hot seat's warm-up is BENCH_WARMUP s of refused holds.
# Each measured Gatling run also starts with BENCH_INRUN_WARMUP (30) s of uncounted load (the hot
# seat: of refused holds, then 3 uncounted rounds): Gatling's JVM is fresh in every run, answers
# late while it compiles, and its compiler takes CPU from the app on the same cores (in a holds run,
# Gatling used 3.7 CPU-seconds in seconds 14-29 and 1.6 in seconds 49-64, at the same throughput).
#
# Needs pgbench (Debian: apt-get install postgresql-client). Starts its own embedded PostgreSQL
# (port BENCH_PG_PORT, default 54339, data in target/bench/pgdata) and app (BENCH_PORT, 8080).
set -euo pipefail
cd "$(dirname "$0")/../.."

SECS=${BENCH_SECONDS:-30}
WARM=${BENCH_WARMUP:-60}
USERS=${BENCH_USERS:-16}
INRUN_WARM=${BENCH_INRUN_WARMUP:-30}
APP_PORT=${BENCH_PORT:-8080}
PG_PORT=${BENCH_PG_PORT:-54339}
SHOW=2
OUT=target/bench
export PGPASSWORD=postgres
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -d postgres -At -F " ")

command -v pgbench >/dev/null || { echo "pgbench is missing (apt-get install postgresql-client)" >&2; exit 1; }
if curl -s -o /dev/null "http://localhost:$APP_PORT/"; then
  echo "Port $APP_PORT is in use; stop what runs there or set BENCH_PORT." >&2; exit 1
fi

rm -rf "$OUT" target/gatling
mkdir -p "$OUT"
echo "Building…"
mvn -B -q -Pbench -DskipTests package

echo "Starting Box Office on port $APP_PORT with a fresh embedded PostgreSQL on port $PG_PORT…"
PORT=$APP_PORT BOXOFFICE_PG_PORT=$PG_PORT BOXOFFICE_PGDATA="$PWD/$OUT/pgdata" \
  setsid mvn -B -q -Prun -DskipTests package > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill -TERM -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -q "running at" "$OUT/app.log" && break
  kill -0 $APP 2>/dev/null || { cat "$OUT/app.log"; exit 1; }
  sleep 1
done
grep -q "running at" "$OUT/app.log" || { echo "The app did not start; see $OUT/app.log" >&2; exit 1; }

gatling() { # simulation seconds [-Dmore=…]
  local simulation=$1 seconds=$2; shift 2
  mvn -B -q -Pbench gatling:test -Dgatling.simulationClass="dev.boxoffice.bench.$simulation" \
    -Dbench.url="http://localhost:$APP_PORT" -Dbench.show=$SHOW -Dbench.seconds="$seconds" -Dbench.users="$USERS" -Dbench.inRunWarmup="$INRUN_WARM" "$@" \
    > "$OUT/$simulation.log" 2>&1 || { tail -40 "$OUT/$simulation.log"; exit 1; }
}

read -r BASE COLS < <("${PSQL[@]}" -c "SELECT min(s.id), max(s.grid_col) + 1 FROM seat s
                                        JOIN show_seat ss ON ss.seat_id = s.id WHERE ss.show_id = $SHOW")
pgb() { # name seconds
  local name=$1 seconds=$2
  rm -f "$OUT"/pgbench-log-"$name".*
  pgbench -h localhost -p "$PG_PORT" -U postgres -n -M prepared -c "$USERS" -j 2 -T "$seconds" \
    -D show=$SHOW -D base="$BASE" -D cols="$COLS" -f "src/bench/pgbench/$name.sql" \
    -l --log-prefix="$OUT/pgbench-log-$name" postgres > "$OUT/pgbench-$name.txt" 2>&1 || { cat "$OUT/pgbench-$name.txt"; exit 1; }
  local tps failed
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$OUT/pgbench-$name.txt")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/pgbench-$name.txt")
  cat "$OUT"/pgbench-log-"$name".* | awk '{print $3}' | sort -n | awk -v tps="$tps" -v failed="${failed:-0}" '
    { v[NR] = $1 }
    END { p50 = v[int(NR * 0.50 + 0.999)]; p99 = v[int(NR * 0.99 + 0.999)];
          printf "tps\tp50_ms\tp99_ms\tmax_ms\tfailed\n%s\t%.2f\t%.2f\t%.2f\t%s\n", tps, p50 / 1000, p99 / 1000, v[NR] / 1000, failed }' \
    > "$OUT/pgbench-$name.tsv"
}

echo "Warming up ($WARM s per scenario)…"
gatling LayoutReadSimulation "$WARM"
gatling DistinctHoldsSimulation "$WARM"
gatling FullFlowSimulation "$WARM"
gatling HotSeatSimulation 0 -Dbench.hotRounds=1 -Dbench.hotRefusalSeconds="$WARM"
pgb layout 5
pgb hold 5

# The warm-up churns thousands of seat rows; like pgbench by default, start every measurement on
# vacuumed tables, so that neither side reads dead index entries autovacuum has not reached yet.
vacuum() { "${PSQL[@]}" -q -c "VACUUM ANALYZE" >/dev/null; }

vacuum
echo "Scenario 1: layout reads, $USERS users, $SECS s (app, then pgbench)…"
gatling LayoutReadSimulation "$SECS"
vacuum
pgb layout "$SECS"
echo "Scenario 2: 4-seat holds and releases, $USERS users, $SECS s (app, then pgbench)…"
vacuum
gatling DistinctHoldsSimulation "$SECS"
vacuum
pgb hold "$SECS"
echo "Scenario 3: hot seat, 200 users at once, 5 rounds…"
gatling HotSeatSimulation 0 -Dbench.hotRefusalSeconds="$INRUN_WARM"
echo "Scenario 4: hold, book, cancel, $USERS users, $SECS s…"
vacuum
gatling FullFlowSimulation "$SECS"

"${PSQL[@]}" -f src/bench/invariant.sql | sed 's/ \([0-9]*\)$/\t\1/' > "$OUT/invariant.tsv"
{
  echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu	$(nproc) × $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "memory	$(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "java	$(java -version 2>&1 | head -1)"
  echo "postgresql	$("${PSQL[@]}" -c 'SHOW server_version')"
  echo "settings	$USERS users, ${SECS} s per measurement after ${WARM} s warm-up runs and ${INRUN_WARM} s of uncounted load in the same Gatling run; app, Gatling and PostgreSQL share the machine"
} > "$OUT/machine.tsv"
java -cp target/test-classes dev.boxoffice.bench.BenchReport "$OUT"
