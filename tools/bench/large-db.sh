#!/usr/bin/env bash
# A large database for the start-up figures (issue #21; docs/performance.md, "A large database"):
#   tools/bench/large-db.sh fill --open-tasks 100000 --finished-tasks 1000000   # real sample + SQL copies
#   tools/bench/large-db.sh startup [--rebuild-indexes]                          # node B starts beside writing node A
#   tools/bench/large-db.sh list                                                 # Tasklist's list: HTTP + EXPLAIN
# Database: --db-url (default jdbc:postgresql://localhost:5432/aftersales_bench_large); results in target/benchmark/.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_URL=jdbc:postgresql://localhost:5432/aftersales_bench_large
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[$i]}" == "--db-url" ]]; then DB_URL="${args[$((i + 1))]}"; fi
done
DB_NAME="${DB_URL##*/}"
DB_ROLE="${AFTERSALES_BENCH_DB_USER:-aftersales}"
if [[ "${BENCH_SKIP_CREATE_DB:-}" != "1" ]] && [[ $(id -u) == 0 ]]; then
  if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"" | grep -q 1; then
    echo "creating database $DB_NAME owned by $DB_ROLE"
    su postgres -c "psql -qc 'CREATE DATABASE $DB_NAME OWNER $DB_ROLE'"
  fi
fi

if [[ "${BENCH_SKIP_BUILD:-}" != "1" ]]; then
  mvn -o -q -Pbenchmark -DskipTests process-test-classes
fi
CP="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"
exec java -Xmx768m -cp "$CP" com.aftersales.bench.LargeDatabase "$@"
