#!/usr/bin/env bash
# Staff report over one year of history (issue #18): builds the benchmark harness (Maven profile "benchmark") and runs
# com.aftersales.bench.StaffReportBench. It RESETS the public schema of its database (default aftersales_bench, as
# tools/bench/run.sh; give another with --db-url). Options: --tasks 200000 --people 40 --runs 30 --warmup 5.
# Results: stdout and target/benchmark/staff-report.json. See docs/performance.md, "Staff report over one year".
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o -Pbenchmark -DskipTests process-test-classes
CP="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"
exec java -Xmx512m -cp "$CP" com.aftersales.bench.StaffReportBench "$@"
