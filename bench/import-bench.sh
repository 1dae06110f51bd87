#!/usr/bin/env bash
# Bulk import benchmark: psql \copy vs POST /imports/workers, 1,000,000 rows. See bench/README.md.
source "$(dirname "$0")/lib.sh"
mvn -B -q package -DskipTests -pl api -am
bench_build_java
exec java -Xmx1g -cp "$BENCH_CLASSPATH" bench/ImportBench.java "$@"
