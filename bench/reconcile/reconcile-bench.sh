#!/usr/bin/env bash
# Monthly reconciliation with BPJS's bill: a 500,000-row CSV uploaded to POST /bpjs/reconciliations
# (streamed to disk, parsed in slices, inserted with unnest arrays, classified set-based, one
# transaction) against psql \copy of the same file into a bare table, in the same run. The server
# runs with a 256 MiB heap: the file never sits in memory. Target: under 60 s.
source "$(dirname "$0")/../lib.sh"
DB=${BENCH_DB:-ngopeni_bench_reconcile}
N=${BENCH_ROWS:-500000}
PORT=${BENCH_PORT:-18475}
PASSWORD=Bench-Reconcile-Malang-2026
PERIOD=$(TZ=Asia/Jakarta date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-01)

bench_build_jar
bench_build_java
bench_create_db "$DB"
bench_start_server 256m "$DB" "$PORT" "$PASSWORD"
trap 'bench_stop_server; bench_drop_db "$DB"' EXIT

echo "Loading $N workers, memberships and the invoice of $PERIOD…"
# The workers with their NIKs sealed under the server's data keys (bench/common/SealedData).
java -cp "$BENCH_CLASSPATH" SealedData seed-workers "$DB" "$N" marbot "$(bench_keys "$DB")"
psql -X -q -d "$DB" -v n="$N" -v period="$PERIOD" -f bench/reconcile/load.sql
FILE="$DATA/bill.csv"
psql -X -q -d "$DB" -v n="$N" -f bench/reconcile/bill.sql >"$FILE"
echo "bill: $(($(wc -l <"$FILE") - 1)) rows, $(($(stat -c %s "$FILE") / 1024 / 1024)) MiB"

echo "Physical limit: psql \\copy of the same file into a bare table of the same columns"
COPY_MS=$(psql -X -q -d "$DB" <<SQL | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | sort -n | tail -1
CREATE TABLE bench_bill (kpj text, nik text, nama text, iuran bigint, status text, tgl_meninggal text, kepesertaan_lain text);
\\timing on
\\copy bench_bill FROM '$FILE' WITH (FORMAT csv, HEADER)
SQL
)
echo "psql \\copy: $COPY_MS ms"
psql -X -q -d "$DB" -c "DROP TABLE bench_bill" -c "VACUUM ANALYZE"

java -cp "$BENCH_CLASSPATH" bench/reconcile/ReconcileBench.java "http://127.0.0.1:$PORT" "$PASSWORD" \
  "${PERIOD:0:7}" "$FILE" "$COPY_MS" "$N"
