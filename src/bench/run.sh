#!/usr/bin/env bash
# The benchmark: Gatling simulations against a running Box Office (demo data), and pgbench doing
# the same work directly on the same PostgreSQL, same data, same number of clients, in one run.
# Prints and writes target/bench/report.md.
#
#   src/bench/run.sh                      # 30 s per measurement after 60 s warm-up runs
#   BENCH_BASELINE_WAR=/work/baseline/target/boxoffice.war src/bench/run.sh
#   BENCH_SECONDS=5 BENCH_WARMUP=5 BENCH_INRUN_WARMUP=2 BENCH_FIRST_SECONDS=10 src/bench/run.sh   # smoke run
#
# Scenarios: 1 layout reads of the 2,000-seat show (BENCH_USERS, 16), also against the baseline
# build when BENCH_BASELINE_WAR is set (started on BENCH_BASELINE_PORT, 8081, on the same
# database after this build has migrated it; it only reads there, so the newer schema does not
# matter); 2 distinct 4-seat holds and releases on the 10,000-seat show at each of
# BENCH_HOLD_USERS ("16 64"), beside pgbench with the least SQL (hold-least.sql) and with the
# app's own statements (hold.sql); 3 the hot seat; 4 hold, book, cancel. Before any warm-up, the
# fresh app's hold rate over its first BENCH_FIRST_SECONDS (60) s, to set beside the steady rate.
# Every app measurement reports the app JVM's CPU time per request (/proc/<pid>/stat).
#
# The warm-up gives the app's JIT time to compile every path measured: on 2 cores, CPU per request
# was still falling after a minute of load. The hot seat's warm-up is BENCH_WARMUP s of refused holds.
# Each measured Gatling run also starts with BENCH_INRUN_WARMUP (30) s of uncounted load (the hot
# seat: of refused holds, then 3 uncounted rounds): Gatling's JVM is fresh in every run, answers
# late while it compiles, and its compiler takes CPU from the app on the same cores.
#
# Needs pgbench (Debian: apt-get install postgresql-client). Starts its own embedded PostgreSQL
# (port BENCH_PG_PORT, default 54339, data in target/bench/pgdata) and app (BENCH_PORT, 8080).
set -euo pipefail
cd "$(dirname "$0")/../.."

SECS=${BENCH_SECONDS:-30}
WARM=${BENCH_WARMUP:-60}
USERS=${BENCH_USERS:-16}
HOLD_USERS=(${BENCH_HOLD_USERS:-16 64})
FIRST_SECS=${BENCH_FIRST_SECONDS:-60}
INRUN_WARM=${BENCH_INRUN_WARMUP:-30}
APP_PORT=${BENCH_PORT:-8080}
PG_PORT=${BENCH_PG_PORT:-54339}
BASELINE_WAR=${BENCH_BASELINE_WAR:-}
BASELINE_PORT=${BENCH_BASELINE_PORT:-8081}
SHOW=2
OUT=target/bench
TICKS=$(getconf CLK_TCK)
export PGPASSWORD=postgres
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -d postgres -At -F " ")

command -v pgbench >/dev/null || { echo "pgbench is missing (apt-get install postgresql-client)" >&2; exit 1; }
for port in "$APP_PORT" ${BASELINE_WAR:+"$BASELINE_PORT"}; do
  if curl -s -o /dev/null "http://localhost:$port/"; then
    echo "Port $port is in use; stop what runs there or set BENCH_PORT / BENCH_BASELINE_PORT." >&2; exit 1
  fi
done
if [ -n "$BASELINE_WAR" ] && [ ! -f "$BASELINE_WAR" ]; then
  echo "BENCH_BASELINE_WAR=$BASELINE_WAR is not a file (build it: mvn -q -DskipTests package in its worktree)." >&2; exit 1
fi

rm -rf "$OUT" target/gatling
mkdir -p "$OUT"
echo "Building…"
mvn -B -q -Pbench -DskipTests package

echo "Starting Box Office on port $APP_PORT with a fresh embedded PostgreSQL on port $PG_PORT…"
PORT=$APP_PORT BOXOFFICE_PG_PORT=$PG_PORT BOXOFFICE_PGDATA="$PWD/$OUT/pgdata" \
  setsid mvn -B -q -Prun -DskipTests package > "$OUT/app.log" 2>&1 &
APP=$!
BASELINE=
stop_baseline() {
  if [ -n "$BASELINE" ]; then kill -TERM "$BASELINE" 2>/dev/null || true; wait "$BASELINE" 2>/dev/null || true; BASELINE=; fi
}
trap 'stop_baseline; kill -TERM -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  grep -q "running at" "$OUT/app.log" && break
  kill -0 $APP 2>/dev/null || { cat "$OUT/app.log"; exit 1; }
  sleep 1
done
grep -q "running at" "$OUT/app.log" || { echo "The app did not start; see $OUT/app.log" >&2; exit 1; }
READY_MS=$(date +%s%3N)
# the Payara JVM DevServer started for this worktree's war (its CPU time is the app's)
APP_PID=$(pgrep -f -- "--deploy $PWD/target/boxoffice.war .*--port $APP_PORT --nocluster" | head -1)
[ -n "$APP_PID" ] || { echo "Cannot find the app's JVM (--port $APP_PORT)." >&2; exit 1; }

# The 10,000-seat show (the demo's Arena): a row per hold user, up to 64 and more.
HOLD_SHOW=${BENCH_HOLD_SHOW:-$("${PSQL[@]}" -c "SELECT show_id FROM show_seat GROUP BY show_id HAVING count(*) = 10000 ORDER BY show_id LIMIT 1")}
[ -n "$HOLD_SHOW" ] || { echo "No 10,000-seat show in the demo data; set BENCH_HOLD_SHOW." >&2; exit 1; }

# pgbench picks the seats of row r, column c as seat id base + r * cols + c, the seats the
# simulations take from the layout (row r in grid order): true only while the hall's seat ids run
# row by row without gaps, which is checked here rather than assumed.
geometry() { # show -> "base cols"
  local base cols gaps
  read -r base cols gaps < <("${PSQL[@]}" -c "
    WITH g AS (SELECT min(s.id) AS base, max(s.grid_col) + 1 AS cols, min(s.grid_row) AS row0, min(s.grid_col) AS col0
                 FROM seat s JOIN show_seat ss ON ss.seat_id = s.id WHERE ss.show_id = $1)
    SELECT g.base, g.cols, count(*) FILTER (WHERE s.id <> g.base + s.grid_row * g.cols + s.grid_col OR g.row0 <> 0 OR g.col0 <> 0)
      FROM g, seat s JOIN show_seat ss ON ss.seat_id = s.id WHERE ss.show_id = $1 GROUP BY g.base, g.cols")
  [ "$gaps" = 0 ] || { echo "Show $1: $gaps seat ids are not base + row * cols + col; pgbench would take other seats than the app." >&2; exit 1; }
  echo "$base $cols"
}
read -r BASE COLS < <(geometry $SHOW)
read -r HOLD_BASE HOLD_COLS < <(geometry "$HOLD_SHOW")

URL="http://localhost:$APP_PORT"
PID=$APP_PID
gatling() { # simulation name seconds users show [-Dmore=…]; against $URL, whose JVM is $PID
  local simulation=$1 name=$2 seconds=$3 users=$4 show=$5; shift 5
  mvn -B -q -Pbench gatling:test -Dgatling.simulationClass="dev.boxoffice.bench.$simulation" -Dbench.name="$name" \
    -Dbench.url="$URL" -Dbench.show="$show" -Dbench.seconds="$seconds" -Dbench.users="$users" -Dbench.inRunWarmup="$INRUN_WARM" \
    -Dbench.appPid="$PID" -Dbench.clockTicks="$TICKS" "$@" \
    > "$OUT/$name.log" 2>&1 || { tail -40 "$OUT/$name.log"; exit 1; }
}

pgb() { # name script users seconds show base cols
  local name=$1 script=$2 users=$3 seconds=$4 show=$5 base=$6 cols=$7
  rm -f "$OUT"/pgbench-log-"$name".*
  pgbench -h localhost -p "$PG_PORT" -U postgres -n -M prepared -c "$users" -j 2 -T "$seconds" \
    -D show="$show" -D base="$base" -D cols="$cols" -D acct=0 -f "src/bench/pgbench/$script.sql" \
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

# First, while the app's JVM is fresh: holds right from the start, no uncounted load in the run.
echo "Holds in the fresh app's first $FIRST_SECS s, ${HOLD_USERS[0]} users…"
gatling DistinctHoldsSimulation distinct-holds-first-minute "$FIRST_SECS" "${HOLD_USERS[0]}" "$HOLD_SHOW" -Dbench.inRunWarmup=0
printf 'ready_ms\n%s\n' "$READY_MS" > "$OUT/startup.tsv"

if [ -n "$BASELINE_WAR" ]; then
  echo "Starting the baseline $BASELINE_WAR on port $BASELINE_PORT, same database…"
  mkdir -p "$OUT/baseline-tmp"
  DB_URL="jdbc:postgresql://localhost:$PG_PORT/postgres" DB_USER=postgres DB_PASSWORD=postgres BOXOFFICE_DEMO=true \
    java -Xmx1g -Djava.io.tmpdir="$PWD/$OUT/baseline-tmp" -jar target/payara-micro.jar --deploy "$BASELINE_WAR" \
    --contextroot / --port "$BASELINE_PORT" --nocluster --prebootcommandfile src/main/payara/pre-boot.asadmin \
    > "$OUT/baseline.log" 2>&1 &
  BASELINE=$!
  for _ in $(seq 1 180); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$BASELINE_PORT/api/hall-layout/$SHOW/")" = 200 ] && break
    kill -0 "$BASELINE" 2>/dev/null || { tail -50 "$OUT/baseline.log"; exit 1; }
    sleep 1
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$BASELINE_PORT/api/hall-layout/$SHOW/")" = 200 ] \
    || { echo "The baseline did not start; see $OUT/baseline.log" >&2; exit 1; }
  baseline() { URL="http://localhost:$BASELINE_PORT" PID=$BASELINE "$@"; }
fi

MOST_HOLD_USERS=$(printf '%s\n' "${HOLD_USERS[@]}" | sort -n | tail -1)
echo "Warming up ($WARM s per scenario)…"
gatling LayoutReadSimulation warmup-layout-read "$WARM" "$USERS" $SHOW
[ -z "$BASELINE" ] || baseline gatling LayoutReadSimulation warmup-layout-read-baseline "$WARM" "$USERS" $SHOW
gatling DistinctHoldsSimulation warmup-distinct-holds "$WARM" "$MOST_HOLD_USERS" "$HOLD_SHOW" # signs the hold users up
gatling FullFlowSimulation warmup-full-flow "$WARM" "$USERS" $SHOW
gatling HotSeatSimulation warmup-hot-seat 0 "$USERS" $SHOW -Dbench.hotRounds=1 -Dbench.hotRefusalSeconds="$WARM"
pgb warmup-layout layout "$USERS" 5 $SHOW "$BASE" "$COLS"
pgb warmup-hold-least hold-least "$MOST_HOLD_USERS" 5 "$HOLD_SHOW" "$HOLD_BASE" "$HOLD_COLS"
pgb warmup-hold hold "$MOST_HOLD_USERS" 5 "$HOLD_SHOW" "$HOLD_BASE" "$HOLD_COLS"

# The warm-up churns thousands of seat rows; like pgbench by default, start every measurement on
# vacuumed tables, so that neither side reads dead index entries autovacuum has not reached yet.
vacuum() { "${PSQL[@]}" -q -c "VACUUM ANALYZE" >/dev/null; }

echo "Scenario 1: layout reads, $USERS users, $SECS s (app${BASELINE:+, baseline}, then pgbench)…"
vacuum
gatling LayoutReadSimulation layout-read "$SECS" "$USERS" $SHOW
if [ -n "$BASELINE" ]; then
  vacuum
  baseline gatling LayoutReadSimulation layout-read-baseline "$SECS" "$USERS" $SHOW
  stop_baseline
fi
vacuum
pgb layout layout "$USERS" "$SECS" $SHOW "$BASE" "$COLS"
for users in "${HOLD_USERS[@]}"; do
  echo "Scenario 2: 4-seat holds and releases, $users users, $SECS s (app, pgbench least SQL, pgbench app statements)…"
  vacuum
  gatling DistinctHoldsSimulation "distinct-holds-$users" "$SECS" "$users" "$HOLD_SHOW"
  vacuum
  pgb "hold-least-$users" hold-least "$users" "$SECS" "$HOLD_SHOW" "$HOLD_BASE" "$HOLD_COLS"
  vacuum
  pgb "hold-$users" hold "$users" "$SECS" "$HOLD_SHOW" "$HOLD_BASE" "$HOLD_COLS"
done
echo "Scenario 3: hot seat, 200 users at once, 5 rounds…"
gatling HotSeatSimulation hot-seat 0 "$USERS" $SHOW -Dbench.hotRefusalSeconds="$INRUN_WARM"
echo "Scenario 4: hold, book, cancel, $USERS users, $SECS s…"
vacuum
gatling FullFlowSimulation full-flow "$SECS" "$USERS" $SHOW

"${PSQL[@]}" -f src/bench/invariant.sql | sed 's/ \([0-9]*\)$/\t\1/' > "$OUT/invariant.tsv"
baseline_commit() { git -C "$(dirname "$BASELINE_WAR")/.." log -1 --format='%h %s' 2>/dev/null | cut -c1-80 || true; }
{
  echo "date	$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu	$(nproc) × $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  echo "memory	$(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "java	$(java -version 2>&1 | head -1)"
  echo "postgresql	$("${PSQL[@]}" -c 'SHOW server_version')"
  echo "durability	fsync=$("${PSQL[@]}" -c 'SHOW fsync'), synchronous_commit=$("${PSQL[@]}" -c 'SHOW synchronous_commit')"
  echo "app	$(git log -1 --format='%h %s' | cut -c1-80)"
  [ -z "$BASELINE_WAR" ] || echo "baseline	$BASELINE_WAR ($(baseline_commit))"
  echo "settings	$USERS users (holds: ${HOLD_USERS[*]} users on show $HOLD_SHOW), ${SECS} s per measurement after ${WARM} s warm-up runs and ${INRUN_WARM} s of uncounted load in the same Gatling run; first-minute holds over ${FIRST_SECS} s; app, Gatling and PostgreSQL share the machine"
} > "$OUT/machine.tsv"
java -cp target/test-classes dev.boxoffice.bench.BenchReport "$OUT"
