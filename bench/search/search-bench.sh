#!/usr/bin/env bash
# Worker search at 1,000,000 rows: GET /api/v1/workers?q=<name fragment> and POST /workers/search
# {"q": <NIK prefix>} (a NIK in a URL is deprecated),
# p50/p95/p99 over values sampled from the data. Uses the database the import benchmark keeps
# (BENCH_KEEP_DB=1 bench/import-bench.sh), running it first when that database is missing (fewer
# than BENCH_MIN_ROWS, 1,000,000, workers). BENCH_NO_DOC=1 prints the table without writing it into
# docs/PERFORMANCE.md (bench/scale.sh).
source "$(dirname "$0")/../lib.sh"
DB=${BENCH_DB:-ngopeni_bench}
PORT=${BENCH_PORT:-18476}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
PASSWORD=Bench-Search-Malang-2025
bench_need_wrk
rows=$(psql -X -qtA -d "$DB" -c "SELECT count(*) FROM worker" 2>/dev/null || echo 0)
if [ "${rows:-0}" -lt "${BENCH_MIN_ROWS:-1000000}" ]; then
  echo "No million-row database $DB yet: running the import benchmark first (it keeps the database)."
  BENCH_KEEP_DB=1 BENCH_DB=$DB bench/import-bench.sh
  rows=$(psql -X -qtA -d "$DB" -c "SELECT count(*) FROM worker")
fi
bench_build_jar
psql -X -q -d "$DB" -c "DELETE FROM login_throttle" >/dev/null
bench_start_server 512m "$DB" "$PORT"
# A fresh ADMIN for the run: the database's admin password is the import benchmark's, unknown here.
psql -X -q -d "$DB" -c "DELETE FROM refresh_token WHERE user_id IN (SELECT id FROM app_user WHERE username = 'search.bench')" \
  -c "DELETE FROM app_user WHERE username = 'search.bench'" >/dev/null
java -cp api/target/ngopeni.jar bench/search/MakeUser.java "$PGHOST" "$PGPORT" "$PGUSER" "$DB" search.bench "$PASSWORD"
TOKEN=$(bench_login "$PORT" search.bench "$PASSWORD")

Q=$(mktemp -d)
# Name fragments people type: a first name, or 4–6 letters from inside a surname.
psql -X -qtA -d "$DB" -c "SELECT split_part(name_key, ' ', 1) FROM worker TABLESAMPLE SYSTEM (1) LIMIT 200" >"$Q/first-name"
psql -X -qtA -d "$DB" -c "SELECT substr(split_part(name_key, ' ', 2), 2, 5) FROM worker TABLESAMPLE SYSTEM (1)
  WHERE length(split_part(name_key, ' ', 2)) >= 6 LIMIT 200" >"$Q/name-fragment"
# NIK prefixes (region + birth day, + birth year), opened with the database's data keys; they go
# in the body of POST /workers/search (a NIK in a URL is deprecated).
bench_build_java
java -cp "$BENCH_CLASSPATH" SealedData nik-prefixes "$DB" "$(bench_keys "$DB")" 8 200 >"$Q/nik-8"
java -cp "$BENCH_CLASSPATH" SealedData nik-prefixes "$DB" "$(bench_keys "$DB")" 12 200 >"$Q/nik-12"
# Whole NIKs for the exact lookup (POST /workers/lookup: the blind index).
java -cp "$BENCH_CLASSPATH" SealedData nik-prefixes "$DB" "$(bench_keys "$DB")" 16 200 >"$Q/nik-exact"

ROWS=()
for kind in first-name name-fragment nik-8 nik-12 nik-exact; do
  for c in 1 8; do
    read -r _ n errors p50 p95 p99 < <(QUERIES="$Q/$kind" BODY="$([[ $kind == nik-[0-9]* ]] && echo 1)" LOOKUP="$([[ $kind == nik-exact ]] && echo 1)" TOKEN="$TOKEN" wrk -t1 -c"$c" -d"${SECONDS_PER_RUN}s" \
      -s bench/search/search.lua "http://127.0.0.1:$PORT" | grep '^RESULT')
    ROWS+=("| \`q\` = $kind | $c | $n | $errors | $p50 | $p95 | $p99 |")
    if [ -n "${BENCH_SUMMARY:-}" ]; then
      request='`GET /workers?q=`'
      [[ $kind == nik-[0-9]* ]] && request='`POST /workers/search`'
      [[ $kind == nik-exact ]] && request='`POST /workers/lookup`'
      target="p95 < 50 ms"
      [[ $kind == nik-exact ]] && target="p95 < 10 ms"
      printf '| search | %s %s over %s workers, %s connection%s | p50 %s · p95 %s · p99 %s | – | – | %s |\n' \
        "$request" "$kind" "$rows" "$c" "$([ "$c" = 1 ] || echo s)" "$p50" "$p95" "$p99" "$target" >>"$BENCH_SUMMARY"
    fi
  done
done
rm -rf "$Q"
TABLE=$(cat <<MD
Command: \`bench/search/search-bench.sh\` — $rows workers (imported by \`bench/import-bench.sh\`, synthetic
Indonesian names) on the local PostgreSQL $(psql -X -qtA -d postgres -c "SHOW server_version" | cut -d' ' -f1);
Ngopeni on the same machine ($(nproc) cores); wrk, ${SECONDS_PER_RUN} s per row, 200 values sampled from the data
per kind, \`limit=50\`; $(date -u +%Y-%m-%d). Latencies in ms. Target: p95 < 50 ms.

| search | connections | requests | non-2xx | p50 | p95 | p99 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
$(printf '%s\n' "${ROWS[@]}")
MD
)
echo; echo "$TABLE"
[ -n "${BENCH_NO_DOC:-}" ] || echo "$TABLE" | bench/doc-section.py search "## Search at 1,000,000 rows"
