#!/usr/bin/env bash
# A backup of the embedded database (PGlite): an archive of the whole DATA_DIR, taken while no server
# uses it. PGlite's files are only consistent when it is closed, so this refuses while the process in
# DATA_DIR/fanben.pid is alive: stop the server (SIGTERM), run this, start it again.
#
#   scripts/backup-embedded.sh DATA_DIR [BACKUP_DIR]     (BACKUP_DIR defaults to ./backups)
#
# Writes BACKUP_DIR/fanben-data-<UTC time>.tar.gz and prints its path. Restore with
# scripts/restore-embedded.sh. See docs/operations/backup.md.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 DATA_DIR [BACKUP_DIR]" >&2
  exit 2
fi
data=$1
dir=${2:-./backups}

if [ ! -f "$data/pgdata/PG_VERSION" ]; then
  echo "backup-embedded: $data holds no embedded database (no pgdata/PG_VERSION)" >&2
  exit 1
fi
if [ -f "$data/fanben.pid" ]; then
  pid=$(tr -dc '0-9' <"$data/fanben.pid")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "backup-embedded: a Fanben server (process $pid) is using $data; stop it first" >&2
    exit 1
  fi
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$dir"
file="$dir/fanben-data-$stamp.tar.gz"
# Under a temporary name until complete; the lock file of a killed server is left out.
tar -czf "$file.partial" -C "$data" --exclude=./fanben.pid .
tar -tzf "$file.partial" ./pgdata/PG_VERSION >/dev/null
mv "$file.partial" "$file"
echo "$file"
