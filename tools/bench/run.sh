#!/usr/bin/env bash
# Performance benchmark (issues #7, #21): builds the harness (Maven profile "benchmark"), makes sure its databases exist
# and runs it. Options: see docs/performance.md or `tools/bench/run.sh --help`. Results: target/benchmark/.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_URL=jdbc:postgresql://localhost:5432/aftersales_bench
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ "${args[$i]}" == "--db-url" ]]; then DB_URL="${args[$((i + 1))]}"; fi
done
DB_NAME="${DB_URL##*/}"
DB_ROLE="${AFTERSALES_BENCH_DB_USER:-aftersales}"

# The harness resets its databases itself (as their owner); creating them needs a superuser once.
for db in "$DB_NAME" "${DB_NAME}_baseline"; do
  if [[ "${BENCH_SKIP_CREATE_DB:-}" != "1" ]] && command -v su >/dev/null && [[ $(id -u) == 0 ]]; then
    if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1; then
      echo "creating database $db owned by $DB_ROLE"
      su postgres -c "psql -qc 'CREATE DATABASE $db OWNER $DB_ROLE'"
    fi
  fi
done

mvn -q -Pbenchmark -DskipTests process-test-classes
# Both modes run the application's own class path: the same library versions (issue #21).
CP="target/test-classes:target/classes:$(cat target/benchmark/classpath.txt)"
exec java -Xmx256m -cp "$CP" com.aftersales.bench.Benchmark "$@"
