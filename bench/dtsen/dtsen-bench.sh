#!/usr/bin/env bash
# DTSEN: importing 1,000,000 deciles (POST /dtsen/imports, CSV) and "eligible but not covered"
# per kelurahan over 1,000,000 workers. Not wired into bench/run.sh. Works on a copy of a database
# that already holds the workers (BENCH_SOURCE_DB, default ngopeni_bench; copied once as
# BENCH_DB, which this script owns), gives ~30 % of the workers an active membership, writes an
# extract with one decile per worker and times the import (and the server's peak RSS during it).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
SOURCE=${BENCH_SOURCE_DB:-ngopeni_bench}
DB=${BENCH_DB:-dtsen_bench}
REQUESTS=${BENCH_REQUESTS:-10}
PORT=${BENCH_PORT:-18475}
PASSWORD=Bench-Dtsen-Malang-2026

[ -f api/target/ngopeni.jar ] || mvn -B -q package -DskipTests -pl api -am
if [ -z "$(psql -X -Atq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  psql -X -q -d postgres -c "CREATE DATABASE $DB TEMPLATE $SOURCE"
fi
DATA=$(mktemp -d)
cp api/target/ngopeni.jar "$DATA/ngopeni.jar"
NGOPENI_DATABASE_URL="postgresql://$PGUSER@$PGHOST:$PGPORT/$DB" NGOPENI_HTTP_PORT=$PORT NGOPENI_DATA_DIR=$DATA \
  NGOPENI_ADMIN_PASSWORD=$PASSWORD java -Xmx1g -jar "$DATA/ngopeni.jar" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 600); do
  curl -sf "http://127.0.0.1:$PORT/api/v1/health/ready" >/dev/null && break
  sleep 1
done

# The copied database keeps the admin of the bench that made it: give it this script's password.
HASH=$(java -cp api/target/ngopeni.jar bench/dtsen/AdminHash.java "$PASSWORD" 2>/dev/null | tail -1)
psql -X -q -d "$DB" -v hash="$HASH" <<'SQL'
UPDATE app_user SET password_hash = :'hash' WHERE username = 'admin';
DELETE FROM login_throttle; DELETE FROM login_throttle_source; DELETE FROM login_throttle_address;
SQL
psql -X -q -d "$DB" <<'SQL'
DELETE FROM dtsen_decile;
DELETE FROM dtsen_import;
-- Bench data only: the coverage triggers would update one counter row 300,000 times in one
-- transaction (this database is the bench's own copy; the coverage counters are not measured here).
ALTER TABLE membership DISABLE TRIGGER USER;
INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status,
  kelurahan_code, category)
SELECT gen_random_uuid(), w.id, ARRAY['JKK', 'JKM'], 1000000, 'APBD', DATE '2026-01-01', 'ACTIVE',
  w.kelurahan_code, w.category
FROM worker w WHERE abs(hashtext(w.id::text)) % 10 < 3
  AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.worker_id = w.id);
ALTER TABLE membership ENABLE TRIGGER USER;
SELECT dtsen_tally_rebuild();
VACUUM ANALYZE;
SQL
CSV="$DATA/dtsen.csv"
psql -X -q -d "$DB" -c "\copy (SELECT nik AS \"NIK\", 1 + abs(hashtext(nik)) % 10 AS \"DESIL\" FROM worker) TO '$CSV' CSV HEADER"
echo "extract: $(($(wc -l <"$CSV") - 1)) rows, $(du -h "$CSV" | cut -f1)"

PEAK="$DATA/peak"
echo 0 >"$PEAK"
( while kill -0 $SERVER 2>/dev/null; do
    rss=$(ps -o rss= -p $SERVER | tr -d ' '); [ "${rss:-0}" -gt "$(cat "$PEAK")" ] && echo "$rss" >"$PEAK"; sleep 0.5
  done ) &
SAMPLER=$!
echo "server RSS before: $(( $(ps -o rss= -p $SERVER) / 1024 )) MiB"
java -cp api/target/ngopeni.jar bench/dtsen/DtsenBench.java "http://127.0.0.1:$PORT" "$PASSWORD" "$CSV" 2026-09-30 "$REQUESTS"
kill $SAMPLER 2>/dev/null || true
echo "server peak RSS: $(( $(cat "$PEAK") / 1024 )) MiB (-Xmx1g)"
