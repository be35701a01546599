#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on 127.0.0.1 and a free port, then stops the
# cluster and deletes it, whatever the command's outcome. The command sees its URL as
# E2E_DATABASE_URL. Usage: scripts/tools/test/with-postgres.sh <command> [args…]
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
port=$(node scripts/tools/test/free-port.mjs)
dir=$(mktemp -d /tmp/studio-pg-XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres studio_e2e
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

E2E_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/studio_e2e" "$@"
