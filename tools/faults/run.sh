#!/usr/bin/env bash
# Fault-test run (issue #8): two application nodes on one PostgreSQL database, an SMTP server the script
# controls, and the scenarios two-nodes, node-killed, mail-down, db-restart. See docs/operations.md.
#   tools/faults/run.sh                       # all four scenarios
#   tools/faults/run.sh two-nodes mail-down   # some of them
#   tools/faults/run.sh --cases 500 --small-cases 200 --threads 6
# Results: stdout and target/faults/summary.txt; node and SMTP logs in target/faults/.
set -euo pipefail
cd "$(dirname "$0")/../.."

DB_NAME="${AFTERSALES_FAULTS_DB:-aftersales_faults}"
DB_ROLE="${AFTERSALES_FAULTS_DB_USER:-aftersales}"

# The run resets its database itself (the role owns it); creating it needs a superuser once.
if [[ "${FAULTS_SKIP_CREATE_DB:-}" != "1" ]] && [[ $(id -u) == 0 ]]; then
  if ! su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'\"" | grep -q 1; then
    echo "creating database $DB_NAME owned by $DB_ROLE"
    su postgres -c "psql -qc 'CREATE DATABASE $DB_NAME OWNER $DB_ROLE'"
  fi
fi

# One fault run at a time per worktree: two would share ports, the database and target/faults/pids.
mkdir -p target
exec 9>target/faults.lock
if ! flock -n 9; then
  echo "another fault run is active in this worktree (target/faults.lock)" >&2
  exit 1
fi

mvn -o -q -Pfaults -DskipTests process-test-classes
# The nodes run the application as built (target/classes + runtime dependencies) plus the fault-test node
# plugin and profile only, never the test classes.
rm -rf target/faults/node-classes
mkdir -p target/faults/node-classes/com/aftersales/faults
cp -r target/test-classes/com/aftersales/faults/node target/faults/node-classes/com/aftersales/faults/
cp target/test-classes/application-faults.yml target/faults/node-classes/

# A fresh admin password per run: the postgres profile refuses a default one.
export CAMUNDA_ADMIN_PASSWORD="${CAMUNDA_ADMIN_PASSWORD:-faults-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}"

# Whatever happens (failure, Ctrl-C), no node or SMTP server is left running: the driver stops its children
# itself; this trap catches the case where the driver itself dies.
cleanup() {
  if [[ -f target/faults/pids ]]; then
    while read -r pid; do
      # only our own children: a node or the SMTP sink of this worktree, never a reused pid
      if [[ -n "$pid" ]] && grep -qa "com.aftersales" "/proc/$pid/cmdline" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
      fi
    done < target/faults/pids
  fi
}
trap cleanup EXIT INT TERM

CP="target/test-classes:target/classes:$(cat target/faults/driver-classpath.txt)"
java -Xmx256m -cp "$CP" com.aftersales.faults.FaultRun --db-url "jdbc:postgresql://127.0.0.1:5432/$DB_NAME" "$@"
