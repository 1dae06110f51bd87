#!/usr/bin/env bash
# The write path (WritePathBench.java; see bench/README.md): compiles it with bench/common into
# bench/target/classes and runs it on the server jar's classpath. Knobs: see WritePathBench.
source "$(dirname "$0")/../lib.sh"
bench_build_jar
bench_build_java bench/write-path
exec java -Xmx512m -cp "$BENCH_CLASSPATH" WritePathBench "$@"
