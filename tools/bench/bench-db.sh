# Sourced by the benchmark scripts (run.sh, large-db.sh): which database a run uses and, once, its creation.

# bench_database DEFAULT_URL "$@": DB_URL (--db-url among the arguments, else the default), DB_NAME, DB_ROLE.
bench_database() {
  DB_URL=$1
  shift
  local args=("$@") i
  for ((i = 0; i < ${#args[@]}; i++)); do
    if [[ "${args[$i]}" == "--db-url" ]]; then DB_URL="${args[$((i + 1))]}"; fi
  done
  DB_NAME="${DB_URL##*/}"
  DB_ROLE="${AFTERSALES_BENCH_DB_USER:-aftersales}"
}

# ensure_bench_database NAME: creates NAME owned by DB_ROLE when it is missing. The harness resets its databases
# itself (as their owner); creating them needs a superuser once (root here, or a DBA and BENCH_SKIP_CREATE_DB=1).
ensure_bench_database() {
  if [[ "${BENCH_SKIP_CREATE_DB:-}" != "1" ]] && command -v su >/dev/null && [[ $(id -u) == 0 ]]; then
    if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$1'\"" | grep -q 1; then
      echo "creating database $1 owned by $DB_ROLE"
      su postgres -c "psql -qc 'CREATE DATABASE $1 OWNER $DB_ROLE'"
    fi
  fi
}
