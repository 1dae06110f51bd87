#!/usr/bin/env bash
# Bulk import benchmark: psql \copy vs POST /imports/workers, 1,000,000 rows. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q package -DskipTests -pl api -am
exec java -Xmx1g -cp api/target/ngopeni.jar bench/ImportBench.java "$@"
