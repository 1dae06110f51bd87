#!/usr/bin/env bash
# DTSEN: importing 1,000,000 deciles (POST /dtsen/imports, CSV) and "eligible but not covered"
# per kelurahan over 1,000,000 workers (bench/run.sh runs it after the search bench). Works on a copy of a database
# that already holds the workers (BENCH_SOURCE_DB, default ngopeni_bench; copied once as
# BENCH_DB, which this script owns), gives ~30 % of the workers an active membership, writes an
# extract with one decile per worker and times the import (and the server's peak RSS during it).
source "$(dirname "$0")/../lib.sh"
SOURCE=${BENCH_SOURCE_DB:-ngopeni_bench}
DB=${BENCH_DB:-dtsen_bench}
REQUESTS=${BENCH_REQUESTS:-10}
PORT=${BENCH_PORT:-18475}
PASSWORD=Bench-Dtsen-Malang-2026

bench_build_jar
bench_build_java
if [ -z "$(psql -X -Atq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  bench_create_db "$DB" "$SOURCE"
fi
bench_start_server 1g "$DB" "$PORT" "$PASSWORD" 600

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
FROM worker w WHERE abs(hashtext(w.id::text)::bigint) % 10 < 3
  AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.worker_id = w.id);
ALTER TABLE membership ENABLE TRIGGER USER;
SELECT dtsen_tally_rebuild();
VACUUM ANALYZE;
SQL
CSV="$DATA/dtsen.csv"
# The workers' NIKs, opened with the database's data keys (the table holds none in clear).
java -cp "$BENCH_CLASSPATH" SealedData dtsen-extract "$DB" "$(bench_keys "$DB")" "$CSV"
ROWS=$(($(wc -l <"$CSV") - 1))
echo "extract: $ROWS rows, $(du -h "$CSV" | cut -f1)"
# The physical limit: psql \copy of the same file into a bare table of the same two columns.
COPY_START=$(date +%s.%N)
psql -X -q -d "$DB" -c "CREATE TABLE bench_dtsen_copy (nik text, decile smallint)" \
  -c "\copy bench_dtsen_copy FROM '$CSV' CSV HEADER" -c "DROP TABLE bench_dtsen_copy"
COPY_SECONDS=$(awk -v s="$COPY_START" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
echo "psql \\copy of the extract: $COPY_SECONDS s"

PEAK="$DATA/peak"
echo 0 >"$PEAK"
( while kill -0 $SERVER 2>/dev/null; do
    rss=$(ps -o rss= -p $SERVER | tr -d ' '); [ "${rss:-0}" -gt "$(cat "$PEAK")" ] && echo "$rss" >"$PEAK"; sleep 0.5
  done ) &
SAMPLER=$!
echo "server RSS before: $(( $(ps -o rss= -p $SERVER) / 1024 )) MiB"
java -cp "$BENCH_CLASSPATH" bench/dtsen/DtsenBench.java "http://127.0.0.1:$PORT" "$PASSWORD" "$CSV" 2026-09-30 "$REQUESTS" \
  "$COPY_SECONDS" "$ROWS"
kill $SAMPLER 2>/dev/null || true
echo "server peak RSS: $(( $(cat "$PEAK") / 1024 )) MiB (-Xmx1g)"
