#!/usr/bin/env bash
# A consistent backup of Fanben's PostgreSQL database while the server keeps running (pg_dump reads one
# snapshot). Writes BACKUP_DIR/fanben-<database>-<UTC time>.dump in pg_dump's custom format (compressed,
# restorable table by table), checks that the archive is readable, and prints its path.
#
#   scripts/backup-postgres.sh DATABASE_URL [BACKUP_DIR]      (BACKUP_DIR defaults to ./backups)
#
# See docs/operations/backup.md for scheduling, retention and restoring.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 DATABASE_URL [BACKUP_DIR]" >&2
  exit 2
fi
url=$1
dir=${2:-./backups}

# The database name, for the file name (never the URL itself: it may hold a password).
name=$(psql -X -At --dbname="$url" -c 'select current_database()')
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$dir"
file="$dir/fanben-$name-$stamp.dump"

# Written under a temporary name, so an interrupted run never leaves a file that looks like a backup.
pg_dump --format=custom --dbname="$url" --file="$file.partial"

# The archive's table of contents must list the audit trail and its append-only triggers.
toc=$(pg_restore --list "$file.partial")
for item in 'TABLE DATA public audit_event' 'TRIGGER public audit_event audit_event_no_update' \
  'TABLE DATA public mikro_orm_migrations'; do
  if ! grep -qF "$item" <<<"$toc"; then
    echo "backup-postgres: the archive lacks \"$item\"; keeping it as $file.partial for inspection" >&2
    exit 1
  fi
done
mv "$file.partial" "$file"
echo "$file"
