#!/usr/bin/env bash
# Performance benchmark (issues #7, #21): builds the harness (Maven profile "benchmark"), makes sure its databases exist
# and runs it. Options: see docs/performance.md or `tools/bench/run.sh --help`. Results: target/benchmark/.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tools/bench/bench-db.sh
bench_database jdbc:postgresql://localhost:5432/aftersales_bench "$@"
for db in "$DB_NAME" "${DB_NAME}_baseline"; do
  ensure_bench_database "$db"
done

mvn -q -Pbenchmark -DskipTests process-test-classes
# Both modes run the application's own class path: the same library versions (issue #21).
CP="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"
exec java -Xmx256m -cp "$CP" com.aftersales.bench.Benchmark "$@"
