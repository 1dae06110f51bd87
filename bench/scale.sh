#!/usr/bin/env bash
# Province scale (issue 20): BENCH_SCALE_WORKERS (10,000,000) synthetic workers over East Java's 38
# regencies and cities in ONE database, each measure against its limit taken in the same run on
# the same database. Its own command, not part of bench/run.sh; hours and tens of GiB at full size
# (bench/README.md). Steps, reusing the other benches on that database:
#   1. regions (bench/scale/regions.sql) and the import by CSV upload vs psql \copy, -Xmx512m, in
#      files of BENCH_SCALE_FILE_ROWS (1,000,000) rows (import-bench.sh, BENCH_REGIONS_SQL);
#   2. memberships for BENCH_SCALE_MEMBER_PERCENT (35) % of the workers and BENCH_SCALE_HISTORY_MONTHS
#      (12) months of paid invoices (bench/scale/history.sql, set-based), VACUUM ANALYZE;
#   3. every search kind at 1 and 8 connections (search/search-bench.sh);
#   4. GET /workers/{id} vs pgbench at 16 and 64 connections (read-path/read-path-bench.sh);
#   5. coverage by kecamatan and kelurahan p95 and this month's invoices vs the bare snapshot join
#      (coverage/coverage-bench.sh), the kecamatan report's four statements bare in pgbench;
#   6. disk used per million workers.
# Prints one table; writes it into docs/PERFORMANCE.md only when BENCH_SCALE_WORKERS >= 1,000,000.
# Knobs: BENCH_SCALE_DB (ngopeni_scale), BENCH_SCALE_KEEP_DB=1 keeps it, BENCH_SECONDS (20) per
# wrk/pgbench run, BENCH_REQUESTS (200) per coverage grouping.
source "$(dirname "$0")/lib.sh"
export PGOPTIONS="${PGOPTIONS:--c jit=off}" # Ngopeni's own session settings (Pools), as in run.sh
N=${BENCH_SCALE_WORKERS:-10000000}
DB=${BENCH_SCALE_DB:-ngopeni_scale}
PCT=${BENCH_SCALE_MEMBER_PERCENT:-35}
MONTHS=${BENCH_SCALE_HISTORY_MONTHS:-12}
FILE_ROWS=${BENCH_SCALE_FILE_ROWS:-1000000} # an upload is at most 200 MiB (ImportRoutes): ~1.9M rows
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
export BENCH_ADMIN_PASSWORD=Bench-Scale-Jatim-2026 BENCH_NO_DOC=1 BENCH_SUMMARY=
for tool in psql pgbench curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required (Debian: postgresql-client)" >&2; exit 1; }
done
bench_need_wrk
mvn -B -q package -DskipTests -pl api -am
bench_build_java
LOGS=bench/target/scale
mkdir -p "$LOGS"
started=$(date +%s)
q() { psql -X -qtA -d "$DB" -c "$1"; }
cell() { K=$2 awk -F'|' 'index($2, ENVIRON["K"]) { gsub(/^ +| +$/, "", $3); print $3; exit }' "$LOGS/$1.log"; }
# fields PREFIX LOG: the cells of the table rows in LOG starting with PREFIX, blank-separated, each trimmed.
fields() { P=$1 awk -F'|' 'index($0, ENVIRON["P"]) == 1 { out = ""; for (i = 2; i < NF; i++) { gsub(/^ +| +$/, "", $i); out = out (i > 2 ? " " : "") $i } print out }' "$LOGS/$2.log"; }
step() { echo; echo "== $(date -u +%H:%M:%S) $*"; }
ROWS=()
grouped() { echo "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; } # 1234567 -> 1,234,567
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 | $6 |"); }

step "1. regions and import of $N workers (CSV upload vs psql \\copy)"
BENCH_ROWS=$N BENCH_DB=$DB BENCH_KEEP_DB=1 BENCH_REGIONS_SQL=bench/scale/regions.sql BENCH_FILE_ROWS=$FILE_ROWS bench/import-bench.sh | tee "$LOGS/import.log"
rm -f bench/target/workers-"$N"*.csv
[ "$(cell import 'status / inserted')" = "DONE / $N / 0 / 0" ] || { echo "import did not insert all $N workers" >&2; exit 1; }
q "DROP TABLE bench_copy_worker; DROP SEQUENCE bench_copy_worker_seq" # the baseline's copy: not Ngopeni's disk
copy_s=$(cell import 'psql \copy into bare table: seconds')
import_s=$(cell import 'import, upload to DONE: seconds')
heap=$(cell import 'import heap peak')
files=$(( (N + FILE_ROWS - 1) / FILE_ROWS ))
row import "$(grouped "$N") workers in $files CSV file(s) uploaded one after another, to DONE, -Xmx512m" "$import_s s ($(cell import 'import: rows/s') rows/s), heap peak $heap MiB" \
  "psql \\copy $copy_s s" "$(awk -v a="$import_s" -v b="$copy_s" 'BEGIN{printf "%.2f×", a/b}')" "≤ 2× \\copy, heap < 512 MiB"

step "2. memberships ($PCT %) and $MONTHS months of invoices"
t=$(date +%s)
psql -X -q -d "$DB" -v pct="$PCT" -v months="$MONTHS" -f bench/scale/history.sql
q "VACUUM ANALYZE"
history_s=$(( $(date +%s) - t ))
members=$(q "SELECT count(*) FROM membership WHERE status = 'ACTIVE'")
lines=$(q "SELECT count(*) FROM premium_invoice_line")
echo "$members active memberships, $lines invoice lines of history, in $history_s s"

step "3. search"
BENCH_DB=$DB BENCH_MIN_ROWS=1 bench/search/search-bench.sh | tee "$LOGS/search.log"
while read -r kind c _ errors p50 p95 p99; do
  row search "\`$kind\`, $c connection(s)$([ "$errors" = 0 ] || echo ", $errors non-2xx")" "p50 $p50 · p95 $p95 · p99 $p99" – – \
    "$([ "$kind" = nik-exact ] && echo "p95 < 10 ms" || echo "p95 < 50 ms")"
done < <(fields '| `q` = ' search | sed 's/^`q` = //')

step "4. GET /workers/{id} vs pgbench"
BENCH_SOURCE_DB=$DB bench/read-path/read-path-bench.sh | tee "$LOGS/read.log"
while read -r c rps p50 p99 tps mean share _ rec_tps rec_share _; do
  row read "\`GET /workers/{id}\`, $c connections" "$rps req/s · p50 $p50 · p99 $p99" \
    "pgbench $tps tps · mean $mean; with its access record $rec_tps tps ($rec_share %)" "$share %" "≥ 60 % of pgbench"
done < <(fields '| `GET /workers/{id}`' read | cut -d' ' -f3-)

step "5. coverage and this month's invoices"
BENCH_DB=$DB BENCH_SKIP_LOAD=1 bench/coverage/coverage-bench.sh | tee "$LOGS/coverage.log"
kecamatan_ms=$(pgbench -n -M prepared -c 1 -T "$SECONDS_PER_RUN" -D kind=K -D level=KECAMATAN -f bench/coverage/physical-report.sql "$DB" \
  | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
kelurahan_ms=$(sed -n 's/^latency average = \([0-9.]*\) ms$/\1/p' "$LOGS/coverage.log" | head -1) # its first pgbench: the report
for level in kecamatan kelurahan; do
  limit=$([ $level = kecamatan ] && echo "$kecamatan_ms" || echo "$kelurahan_ms")
  read -r p50 p95 < <(awk -v g=$level '$1 == g { print $3, $4 }' "$LOGS/coverage.log")
  row coverage "\`GET /coverage?groupBy=$level\`, $(grouped "$members") active memberships, 1 client" "p50 $p50 · p95 $p95" \
    "the server's statements bare: $limit (mean)" "$(awk -v a="$p50" -v b="$limit" 'BEGIN{printf "%.1f× (p50)", a/b}')" "p95 < 100 ms"
done
read -r invoice_lines invoice_s < <(awk '/^POST \/premium-invoices/ { print $4, $7 }' "$LOGS/coverage.log")
join_s=$(awk '/^bare join:/ { printf "%.2f", $3 / 1000 }' "$LOGS/coverage.log")
row invoices "\`POST /premium-invoices\`: $(grouped "$invoice_lines") lines, $MONTHS months of history" "$invoice_s s" \
  "the snapshot join bare: $join_s s" "$(awk -v a="$invoice_s" -v b="$(awk '/^bare join:/ { print $3 / 1000 }' "$LOGS/coverage.log")" 'BEGIN{printf "%.1f×", a/b}')" "< 180 s, ≤ 5× the join"

step "6. disk"
mib_per_million() { awk -v b="$1" -v n="$N" 'BEGIN{printf "%.0f MiB", b / 1048576 / n * 1e6}'; }
worker_bytes=$(q "SELECT pg_total_relation_size('worker')")
db_bytes=$(q "SELECT pg_database_size(current_database())")
row disk "\`worker\` with its indexes, per million workers" "$(mib_per_million "$worker_bytes")" – – "reported"
row disk "the whole database ($(numfmt --to=iec "$db_bytes"), with the history), per million workers" "$(mib_per_million "$db_bytes")" – – "reported"
q "SELECT relname, pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 8"

regions=$(q "SELECT format('%s regencies and cities, %s kecamatan, %s kelurahan', to_char(count(*) FILTER (WHERE level = 'REGENCY'), 'FM999,999'),
  to_char(count(*) FILTER (WHERE level = 'KECAMATAN'), 'FM999,999'), to_char(count(*) FILTER (WHERE level = 'KELURAHAN'), 'FM999,999')) FROM region")
[ -n "${BENCH_SCALE_KEEP_DB:-}" ] || bench_drop_db "$DB"
TABLE=$(cat <<MD
Command: \`BENCH_SCALE_WORKERS=$N bench/scale.sh\` ($(( ($(date +%s) - started) / 60 )) min), $(date -u +%Y-%m-%d).
Machine: $(bench_machine). One database: $(grouped "$N") synthetic workers over East Java ($regions),
$(grouped "$members") active memberships ($PCT %) and $MONTHS months of paid invoices ($(grouped "$lines") lines, loaded
set-based in $history_s s). Ngopeni runs with its defaults; every limit was measured in the same run on the same database.
Latencies in ms.

| area | measure | Ngopeni | limit, same run | Ngopeni / limit | target |
| --- | --- | ---: | ---: | ---: | --- |
$(printf '%s\n' "${ROWS[@]}")
MD
)
echo
echo "$TABLE"
if [ "$N" -ge 1000000 ]; then
  echo "$TABLE" | bench/doc-section.py scale "## Province scale: 10,000,000 workers (issue 20)"
else
  echo "(a run under 1,000,000 workers: not written into docs/PERFORMANCE.md)"
fi
