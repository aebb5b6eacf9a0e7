#!/usr/bin/env bash
# Two Payara Micro instances (ports 8080 and 8081) on one embedded PostgreSQL. 64 clients spread
# over both run randomised hold / book / release / cancel on the 40 overlapping seats of a fresh
# show for MULTI_SECONDS (default 60); then SQL checks the invariant (src/bench/invariant.sql).
# Holds last MULTI_HOLD_TTL seconds (default 20) so that both instances' expiry timers work
# during the run. With KILL=1 (default) instance 2 gets kill -9 halfway: the other must keep
# serving, and the dead instance's holds must still expire.
#
#   src/bench/multi-instance.sh
#   MULTI_SECONDS=20 KILL=0 src/bench/multi-instance.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

SECS=${MULTI_SECONDS:-60}
TTL=${MULTI_HOLD_TTL:-20}
KILL=${KILL:-1}
PG_PORT=${MULTI_PG_PORT:-54349}
OUT=target/multi
export PGPASSWORD=postgres
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -d postgres -At -F " ")

for port in 8080 8081; do
  if curl -s -o /dev/null "http://localhost:$port/"; then echo "Port $port is in use." >&2; exit 1; fi
done
rm -rf "$OUT"
mkdir -p "$OUT"
echo "Building…"
mvn -B -q -DskipTests package

echo "Starting 2 instances (8080, 8081) on a fresh embedded PostgreSQL (port $PG_PORT), holds of $TTL s…"
INSTANCES=2 PORT=8080 BOXOFFICE_PG_PORT=$PG_PORT BOXOFFICE_PGDATA="$PWD/$OUT/pgdata" \
  BOXOFFICE_HOLD_TTL=$TTL BOXOFFICE_CLEANUP_SECONDS=5 \
  setsid mvn -B -q -Prun -DskipTests package > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill -TERM -- -$APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q "running at http://localhost:8081" "$OUT/app.log" && break
  kill -0 $APP 2>/dev/null || { tail -50 "$OUT/app.log"; exit 1; }
  sleep 1
done
grep -q "running at http://localhost:8081" "$OUT/app.log" || { echo "Instances did not start; see $OUT/app.log" >&2; exit 1; }

KILL_ARGS=()
if [ "$KILL" = 1 ]; then
  SECOND=$(pgrep -f -- "--port 8081 --nocluster" | head -1)
  KILL_ARGS=(-Dload.killPid="$SECOND" -Dload.killAfter=$((SECS / 2)) -Dload.holdTtl="$TTL")
fi
echo "Load: 64 clients, $SECS s…"
status=0
mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.boxoffice.fault.MultiInstanceLoad \
  -Dload.urls=http://localhost:8080/,http://localhost:8081/ -Dload.clients=64 -Dload.seconds="$SECS" \
  -Dboxoffice.db.url="jdbc:postgresql://localhost:$PG_PORT/postgres" "${KILL_ARGS[@]}" | tee "$OUT/load.txt" || status=1

echo "Waiting $((TTL + 12)) s for the last holds to expire and be released…"
sleep $((TTL + 12))
leftover=$("${PSQL[@]}" -c "SELECT count(*) FROM show_seat ss JOIN hold h ON h.id = ss.hold_id
                             WHERE ss.status = 'HELD' AND h.expires_at < now() - interval '10 seconds'")
expired=$("${PSQL[@]}" -c "SELECT count(*) FROM hold WHERE status = 'EXPIRED'")
timer_errors=$(grep -c "Releasing expired holds failed" "$OUT/app.log" || true)
echo "Holds expired: $expired; seats still held past expiry: $leftover; expiry-timer errors in the logs: $timer_errors"
"${PSQL[@]}" -f src/bench/invariant.sql | tee "$OUT/invariant.txt"
if [ "$leftover" != 0 ] || [ "$timer_errors" != 0 ] || grep -qv ' 0$' "$OUT/invariant.txt"; then status=1; fi
[ $status = 0 ] && echo "PASSED" || echo "FAILED"
exit $status
