#!/usr/bin/env bash
# Coverage report (p95 per grouping) and premium invoice generation over 1,000,000 workers and
# memberships, against a scratch database on a local PostgreSQL server; see bench/README.md.
source "$(dirname "$0")/../lib.sh"
DB=${BENCH_DB:-ngopeni_bench_coverage}
N=${BENCH_WORKERS:-1000000}
REQUESTS=${BENCH_REQUESTS:-200}
PORT=${BENCH_PORT:-18474}
PASSWORD=${BENCH_ADMIN_PASSWORD:-Bench-Coverage-Malang-2025}
PERIOD=$(TZ=Asia/Jakarta date +%Y-%m)

bench_build_jar
bench_build_java
# BENCH_SKIP_LOAD=1 reuses the scratch database of an earlier run (or BENCH_DB's workers and
# memberships, its admin's password BENCH_ADMIN_PASSWORD: bench/scale.sh).
if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
  bench_create_db "$DB"
fi
bench_start_server 1g "$DB" "$PORT" "$PASSWORD"

if [ -z "${BENCH_SKIP_LOAD:-}" ]; then
  echo "Loading $N workers and memberships…"
  start=$(date +%s)
  java -cp "$BENCH_CLASSPATH" SealedData seed-workers "$DB" "$N" coverage "$(bench_keys "$DB")"
  psql -X -q -d "$DB" -v n="$N" -f bench/coverage/load.sql
  echo "loaded in $(( $(date +%s) - start )) s"
fi
# This month's invoices of an earlier run go (earlier months are history: bench/scale.sh keeps a year).
psql -X -q -d "$DB" -c "DELETE FROM premium_invoice_line WHERE invoice_id IN (SELECT id FROM premium_invoice WHERE period = '$PERIOD-01')" \
  -c "DELETE FROM premium_invoice WHERE period = '$PERIOD-01'" -c "VACUUM ANALYZE"

OUT=$(mktemp)
java -cp "$BENCH_CLASSPATH" bench/coverage/CoverageBench.java "http://127.0.0.1:$PORT" "$PASSWORD" "$PERIOD" "$REQUESTS" | tee "$OUT"

echo
echo "Physical limit: the server's statements for groupBy=kelurahan, bare, pgbench -M prepared, 1 client, 20 s"
REPORT_MS=$(pgbench -n -M prepared -c 1 -T 20 -D kind=L -D level=KELURAHAN -f bench/coverage/physical-report.sql "$DB" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
echo "latency average = $REPORT_MS ms"
echo "For comparison: the same report as one aggregate over the memberships, pgbench, 1 client, 20 s"
pgbench -n -c 1 -T 20 -f bench/coverage/physical-scan.sql "$DB" | grep -E "latency average"
echo "Physical limit: the line snapshot join as one bare CREATE TEMP TABLE … AS SELECT (rolled back)"
# The slowest statement of the four (BEGIN, CREATE … AS SELECT, ROLLBACK) is the join.
JOIN_MS=$(psql -X -q -d "$DB" <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -n | tail -1
\\timing on
BEGIN;
CREATE TEMP TABLE lines_copy AS
SELECT ms.id, w.id AS worker_id, w.nik_cipher, w.full_name, w.kelurahan_code, w.category, ms.programs, ms.declared_income
FROM membership ms JOIN worker w ON w.id = ms.worker_id
WHERE ms.start_date <= (date_trunc('month', current_date) + interval '1 month - 1 day')::date
  AND (ms.end_date IS NULL OR ms.end_date >= date_trunc('month', current_date)::date);
ROLLBACK;
SQL
)
echo "bare join: $JOIN_MS ms"
if [ -n "${BENCH_SUMMARY:-}" ]; then
  awk -v n="$N" -v limit="$REPORT_MS" '$1 == "kelurahan" {
      printf "| coverage | `GET /coverage?groupBy=kelurahan` over %d memberships, 1 client | p50 %s · p95 %s | the statements bare: %.1f (mean) | %.1f× the time (p50) | p95 < 100 ms |\n", n, $3, $4, limit, $3 / limit }' \
    "$OUT" >>"$BENCH_SUMMARY"
  awk -v join="$JOIN_MS" '/^POST \/premium-invoices/ {
      printf "| coverage | `POST /premium-invoices`: %d lines | %.1f s | the snapshot join bare: %.1f s | %.1f× the time | < 60 s |\n", $4, $7, join / 1000, $7 / (join / 1000) }' \
    "$OUT" >>"$BENCH_SUMMARY"
fi
rm -f "$OUT"
