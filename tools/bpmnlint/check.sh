#!/usr/bin/env bash
# Lints every model in processes/ with the repository's .bpmnlintrc: bpmnlint's recommended rules and the
# Camunda 7.24 compatibility plugin, the checks Camunda Modeler runs. Versions are pinned in package.json; no
# lockfile is committed, so the install resolves exactly those versions (and their declared ranges).
# Exit status: non-zero when a rule reports an error; BPMNLINT_MAX_WARNINGS=0 makes warnings fail too.
set -euo pipefail
tools="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$tools/../.." && pwd)"

cd "$tools"
npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null

# bpmnlint resolves the plugin from the working directory's node_modules.
max_warnings="${BPMNLINT_MAX_WARNINGS:--1}"
"$tools/node_modules/.bin/bpmnlint" --config "$root/.bpmnlintrc" --max-warnings "$max_warnings" "$root"/processes/*.bpmn
echo "bpmnlint: processes/*.bpmn passed (recommended + camunda-platform-7-24)"
