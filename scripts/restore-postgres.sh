#!/usr/bin/env bash
# Restores a backup made by scripts/backup-postgres.sh into a new, empty database, then checks it with
# scripts/verify-postgres.sh. It never writes into a database that already holds tables: restore
# next to the live database, check, then point DATABASE_URL at the restored one.
#
#   createdb fanben_restored
#   scripts/restore-postgres.sh BACKUP.dump postgres://fanben@127.0.0.1:5432/fanben_restored
#
# Objects are owned by the role in TARGET_DATABASE_URL (--no-owner) and the dump's grants are left
# out (--no-privileges): run it as the role the server connects as.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP.dump TARGET_DATABASE_URL" >&2
  exit 2
fi
file=$1
url=$2

if [ ! -f "$file" ]; then
  echo "restore-postgres: no such file: $file" >&2
  exit 1
fi
tables=$(psql -X -At --dbname="$url" -c \
  "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
if [ "$tables" != "0" ]; then
  echo "restore-postgres: the target database already has $tables tables; restore into a new, empty one" >&2
  exit 1
fi

# All or nothing: one transaction, stopping at the first error.
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$url" "$file"
"$(dirname "$0")/verify-postgres.sh" "$url"
