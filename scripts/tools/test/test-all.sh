#!/usr/bin/env bash
# `npm test`: everything, from a fresh clone on a fresh machine. Installs what is missing, then runs
# Prettier, ESLint, tsc, Vitest, and the Playwright suite against the production build twice: on
# embedded SQLite and on a throwaway PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export NEXT_TELEMETRY_DISABLED=1
reports=test-results/reports
step() { printf '\n=== %s\n' "$*"; }

step "System packages (Chromium, PostgreSQL)"
bash scripts/tools/test/ensure-system-packages.sh

if [ ! -x node_modules/.bin/next ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm packages"
  npm ci --no-audit --no-fund
fi
rm -rf "$reports" && mkdir -p "$reports"

step "Prettier"
./node_modules/.bin/prettier --check . --log-level warn
step "ESLint"
./node_modules/.bin/eslint . --max-warnings 0
step "TypeScript"
./node_modules/.bin/tsc --noEmit
step "Vitest"
./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"

step "Production build"
./node_modules/.bin/tsx scripts/start/build.ts

run_e2e() { # <name> [second]: the suite, against the database in E2E_DATABASE_URL; "second" adds an
  # app instance on the same database. Each server gets its own free port, all picked at once so that
  # none is picked twice.
  local ports
  read -r -a ports <<<"$(node scripts/tools/test/free-port.mjs 4)"
  E2E_PORT=${ports[0]} E2E_SMTP_PORT=${ports[1]} E2E_MAIL_PORT=${ports[2]} \
    E2E_SECOND_PORT=${2:+${ports[3]}} PLAYWRIGHT_JSON_OUTPUT_FILE="$reports/e2e-$1.json" \
    ./node_modules/.bin/playwright test --reporter=list,json --output "test-results/e2e-$1"
}
export -f run_e2e
export reports

step "E2E on SQLite"
sqlite_file="data/e2e-$$.db"
rm -f "$sqlite_file"*
E2E_DATABASE_URL="file:./$sqlite_file" run_e2e sqlite
rm -f "$sqlite_file"*

step "PostgreSQL: the dashboard rollups' triggers, the export's SQL, then E2E"
# The rollup triggers and the export's filters are written apart for each database: their Vitest
# files run on both (here each in a database of its own). Then two app instances share the suite's
# database, as in production.
on_postgres() { # <database> <vitest file>
  psql "$E2E_DATABASE_URL" -qc "CREATE DATABASE $1" &&
    TEST_POSTGRES_URL=${E2E_DATABASE_URL%/*}/$1 ./node_modules/.bin/vitest run "$2"
}
export -f on_postgres
bash scripts/tools/test/with-postgres.sh bash -c \
  'on_postgres studio_rollups lib/dashboard/rollups.test.ts && on_postgres studio_export lib/history/export-data.test.ts && bash scripts/tools/test/check-concurrent-start.sh && run_e2e postgres second'

step "Summary"
node scripts/tools/test/test-summary.mjs "$reports/vitest.json" "$reports/e2e-sqlite.json" "$reports/e2e-postgres.json"
