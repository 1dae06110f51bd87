#!/usr/bin/env bash
# Read path under load: authenticated GET /api/v1/workers/{id} and GET /api/v1/coverage with wrk
# at 16 and 64 connections, against pgbench running the same SELECT (-M prepared, same client
# counts) on the same database. Prints a table and writes it into docs/PERFORMANCE.md.
# Needs a local PostgreSQL (127.0.0.1:5432, trust auth), psql, pgbench and wrk (Debian: wrk).
# BENCH_SOURCE_DB=DB measures an existing database DB instead (workers and memberships loaded, its
# admin's password BENCH_ADMIN_PASSWORD; kept afterwards; bench/scale.sh); BENCH_NO_DOC=1 prints
# the table without writing it into docs/PERFORMANCE.md.
source "$(dirname "$0")/../lib.sh"
DB=${BENCH_SOURCE_DB:-${BENCH_DB:-ngopeni_bench_read}}
N=${BENCH_WORKERS:-200000}
SECONDS_PER_RUN=${BENCH_SECONDS:-20}
PORT=${BENCH_PORT:-18475}
PASSWORD=${BENCH_ADMIN_PASSWORD:-Bench-Read-Path-Malang-2025}

bench_need_wrk
bench_build_jar
bench_build_java
if [ -n "${BENCH_SOURCE_DB:-}" ]; then
  N=$(psql -X -qtA -d "$DB" -c "SELECT count(*) FROM worker")
  bench_start_server 1g "$DB" "$PORT"
else
  bench_create_db "$DB"
  bench_start_server 1g "$DB" "$PORT" "$PASSWORD"
  trap 'bench_stop_server; bench_drop_db "$DB" >/dev/null 2>&1 || true' EXIT

  echo "Loading $N workers and memberships…"
  java -cp "$BENCH_CLASSPATH" SealedData seed-workers "$DB" "$N" coverage "$(bench_keys "$DB")"
  psql -X -q -d "$DB" -v n="$N" -f bench/coverage/load.sql
  psql -X -q -d "$DB" -c "VACUUM ANALYZE"
fi
psql -X -q -d "$DB" -c "INSERT INTO coverage_baseline (year, region_code, workforce, target, reported_participants)
  SELECT extract(year FROM current_date)::int, '35.73', 413585, 173753, 134167 ON CONFLICT DO NOTHING" 2>/dev/null || true
ID=$(psql -X -qtA -d "$DB" -c "SELECT id FROM worker ORDER BY id OFFSET $((N / 2)) LIMIT 1")
ADMIN_ID=$(psql -X -qtA -d "$DB" -c "SELECT id FROM app_user WHERE username = 'admin'")
TOKEN=$(bench_login "$PORT" admin "$PASSWORD")
WORKER_URL="http://127.0.0.1:$PORT/api/v1/workers/$ID"
COVERAGE_URL="http://127.0.0.1:$PORT/api/v1/coverage?groupBy=kecamatan"
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" "$WORKER_URL" || { echo "worker read failed"; tail -20 "$DATA/server.log"; exit 1; }

# wrk: "rps p50 p99" (latencies in ms).
run_wrk() {
  wrk -t2 -c"$1" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$2" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    END { if (bad) { print "NON-2XX " bad > "/dev/stderr" } printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}
# pgbench -M prepared, one thread per client (its best rate here): "tps mean" (ms). No
# percentiles: pgbench's per-transaction log reads the clock lazily and records 0 µs for about
# half of these sub-millisecond transactions, so its p50 would be fiction; the mean is exact
# (clients / tps).
run_pgbench() {
  pgbench -n -M prepared -c "$1" -j "$1" -T "$SECONDS_PER_RUN" -D id="$ID" -D user="$ADMIN_ID" -D kind=K -D level=KECAMATAN -f "$2" "$DB" \
    | awk '/^latency average/ { mean = $4 } /^tps/ { tps = $3 } END { printf "%.0f %.2f\n", tps, mean }'
}

# The detail statement followed by its access record, as one pgbench script.
RECORDED=bench/target/worker-by-id-recorded.sql
cat bench/read-path/worker-by-id.sql bench/read-path/access-record.sql >"$RECORDED"
ROWS=()
# measure NAME URL PGBENCH_SCRIPT CONNECTIONS TARGET [RECORDED_SCRIPT]: one row of the detailed
# table and one of run.sh's summary. With RECORDED_SCRIPT, pgbench also runs the request's
# statements with its access record (one per transaction), shown as a second ratio.
measure() {
  local a a_p50 a_p99 p p_mean ratio r r_mean also="" also_doc=""
  read -r a a_p50 a_p99 <<<"$(run_wrk "$4" "$2")"
  read -r p p_mean <<<"$(run_pgbench "$4" "$3")"
  ratio=$(awk -v a="$a" -v b="$p" 'BEGIN{printf "%.0f %%", 100*a/b}')
  if [ -n "${6:-}" ]; then
    read -r r r_mean <<<"$(run_pgbench "$4" "$6")"
    also=" | $r | $(awk -v a="$a" -v b="$r" 'BEGIN{printf "%.0f %%", 100*a/b}')"
    also_doc="; with its access record $r tps ($(awk -v a="$a" -v b="$r" 'BEGIN{printf "%.0f %%", 100*a/b}'))"
  else
    also=" | – | –"
  fi
  ROWS+=("| \`$1\` | $4 | $a | $a_p50 | $a_p99 | $p | $p_mean | $ratio$also |")
  if [ -n "${BENCH_SUMMARY:-}" ]; then
    printf '| read | `%s`, %s connections (wrk) | %s req/s · p50 %s · p99 %s | pgbench %s tps · mean %s%s | %s | %s |\n' \
      "$1" "$4" "$a" "$a_p50" "$a_p99" "$p" "$p_mean" "$also_doc" "$ratio" "$5" >>"$BENCH_SUMMARY"
  fi
}
# Warm-up, not recorded: the JVM compiles the hot path in its first seconds under load (the first
# measured run came out 10–20 % slower without this), and PostgreSQL's caches fill.
WARMUP=${BENCH_WARMUP_SECONDS:-10}
for url in "$WORKER_URL" "$COVERAGE_URL"; do
  wrk -t2 -c16 -d"${WARMUP}s" -H "Authorization: Bearer $TOKEN" "$url" >/dev/null
done
pgbench -n -M prepared -c 16 -j 16 -T "$WARMUP" -D id="$ID" -f bench/read-path/worker-by-id.sql "$DB" >/dev/null 2>&1
for c in 16 64; do
  measure "GET /workers/{id}" "$WORKER_URL" bench/read-path/worker-by-id.sql "$c" "≥ 50 %, p99 < 20 ms" \
    "$RECORDED"
  # The limit: the four statements the server runs for this report, bare.
  measure "GET /coverage?groupBy=kecamatan" "$COVERAGE_URL" bench/coverage/physical-report.sql "$c" "p99 < 100 ms"
done

TABLE=$(cat <<MD
Command: \`bench/read-path/read-path-bench.sh\` — $N workers and memberships in a scratch database on
the local PostgreSQL $(psql -X -qtA -d postgres -c "SHOW server_version" | cut -d' ' -f1); Ngopeni on the same machine ($(nproc) cores,
$(free -g | awk '/Mem:/ {print $2}') GiB) with its defaults; wrk 2 threads, pgbench -M prepared with one thread per client, ${SECONDS_PER_RUN} s per run after a ${WARMUP} s warm-up of each;
$(date -u +%Y-%m-%d). Latencies in ms. "API / limit" is the API's throughput as a share of pgbench's for the same SELECT (the
target's yardstick); "with record" runs the SELECT and the access record every detail view writes
(one INSERT per transaction, asynchronous commit: pgbench cannot group them as the server does).

| request | connections | API req/s | API p50 | API p99 | pgbench tps | pgbench mean | API / limit | pgbench tps with record | API / with record |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
$(printf '%s\n' "${ROWS[@]}")
MD
)
echo
echo "$TABLE"
[ -n "${BENCH_NO_DOC:-}" ] || echo "$TABLE" | bench/doc-section.py read-path "## Read path under load (issue 7)"
