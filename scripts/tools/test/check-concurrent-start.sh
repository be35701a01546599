#!/usr/bin/env bash
# Several app instances share one PostgreSQL database and may start together: three preparations
# run at once must apply each migration once and seed exactly one workspace.
set -euo pipefail
export DATABASE_URL="$E2E_DATABASE_URL"
for _ in 1 2 3; do ./node_modules/.bin/tsx scripts/tools/seed.ts >/dev/null & done
wait
migrations=$(ls -d prisma/postgres/migrations/*/ | wc -l)
recorded=$(psql "$DATABASE_URL" -Atc 'SELECT count(*) FROM "_prisma_migrations"')
workspaces=$(psql "$DATABASE_URL" -Atc 'SELECT count(*) FROM "Workspace"')
if [ "$recorded" != "$migrations" ] || [ "$workspaces" != 1 ]; then
  echo "Concurrent start failed: $recorded of $migrations migrations recorded, $workspaces workspaces" >&2
  exit 1
fi
echo "Concurrent start: 3 instances applied $migrations migration(s) once and seeded 1 workspace."
