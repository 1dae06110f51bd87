#!/usr/bin/env bash
# One command for every benchmark: read path, write path, bulk import, search, coverage and
# invoices, DTSEN targeting, the BPJS bill reconciliation, each against the physical limit measured in the same run (pgbench, psql \copy).
# Prints the summary table and writes it, with the machine it ran on, into docs/PERFORMANCE.md
# (between <!-- bench:start --> and <!-- bench:end -->); each part also refreshes its own
# detailed section there. Needs a local PostgreSQL server (127.0.0.1:5432, trust auth), psql,
# pgbench, curl and wrk (installed with apt-get when missing). About 15 minutes on 2 cores.
#
#   bench/run.sh                 everything
#   BENCH_ONLY="read write" bench/run.sh   a subset (read, write, import, search, dtsen, coverage, reconcile)
source "$(dirname "$0")/lib.sh"
# Every limit runs with the session settings of Ngopeni's own connections (Pools: JIT off).
export PGOPTIONS="${PGOPTIONS:--c jit=off}"
ONLY=${BENCH_ONLY:-read write import search dtsen coverage reconcile}
for tool in psql pgbench curl; do
  command -v "$tool" >/dev/null || { echo "$tool is required (Debian: postgresql-client)" >&2; exit 1; }
done
bench_need_wrk

mvn -B -q package -DskipTests -pl api -am
mkdir -p bench/target
export BENCH_SUMMARY
BENCH_SUMMARY=$(mktemp)
trap 'rm -f "$BENCH_SUMMARY"' EXIT
started=$(date +%s)

wants() { [[ " $ONLY " == *" $1 "* ]]; }
wants read && bench/read-path/read-path-bench.sh
wants write && bench/write-path/write-path-bench.sh
if wants import || wants search || wants dtsen; then
  # The search benchmark runs on the million rows the import leaves behind.
  BENCH_KEEP_DB=1 BENCH_DB=ngopeni_bench bench/import-bench.sh
  wants search && BENCH_DB=ngopeni_bench bench/search/search-bench.sh
  if wants dtsen; then
    BENCH_SOURCE_DB=ngopeni_bench bench/dtsen/dtsen-bench.sh
    bench_drop_db dtsen_bench
  fi
  bench_drop_db ngopeni_bench
fi
wants coverage && bench/coverage/coverage-bench.sh
wants reconcile && bench/reconcile/reconcile-bench.sh

machine=$(bench_machine)
TABLE=$(cat <<MD
Command: \`bench/run.sh\` ($(( ($(date +%s) - started) / 60 )) min), $(date -u +%Y-%m-%d).
Machine: $machine. Ngopeni runs with its defaults; every limit was measured in the same run on
the same database. Latencies in ms.

| area | measure | Ngopeni | physical limit, same run | Ngopeni / limit | target |
| --- | --- | ---: | ---: | ---: | --- |
$(cat "$BENCH_SUMMARY")
MD
)
echo
echo "$TABLE"
echo "$TABLE" | bench/doc-section.py bench "## Summary: every benchmark in one run"
