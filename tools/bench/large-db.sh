#!/usr/bin/env bash
# A large database for the start-up figures (issue #21; docs/performance.md, "A large database"):
#   tools/bench/large-db.sh fill --open-tasks 100000 --finished-tasks 1000000   # real sample + SQL copies
#   tools/bench/large-db.sh startup [--rebuild-indexes]                          # node B starts beside writing node A
#   tools/bench/large-db.sh list                                                 # Tasklist's list: HTTP + EXPLAIN
# Database: --db-url (default jdbc:postgresql://localhost:5432/aftersales_bench_large); results in target/benchmark/.
set -euo pipefail
cd "$(dirname "$0")/../.."

source tools/bench/bench-db.sh
bench_database jdbc:postgresql://localhost:5432/aftersales_bench_large "$@"
ensure_bench_database "$DB_NAME"

if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  mvn -o -q -Pbenchmark -DskipTests process-test-classes
fi
CP="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"
exec java -Xmx768m -cp "$CP" com.aftersales.bench.LargeDatabase "$@"
