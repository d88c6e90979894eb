#!/usr/bin/env bash
# Restores an archive made by scripts/backup-embedded.sh into a new DATA_DIR (it refuses a directory
# that already has files). Then start the server with DATA_DIR pointing there.
#
#   scripts/restore-embedded.sh BACKUP.tar.gz NEW_DATA_DIR
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BACKUP.tar.gz NEW_DATA_DIR" >&2
  exit 2
fi
file=$1
data=$2

if [ ! -f "$file" ]; then
  echo "restore-embedded: no such file: $file" >&2
  exit 1
fi
if [ -d "$data" ] && [ -n "$(ls -A "$data")" ]; then
  echo "restore-embedded: $data is not empty; restore into a new directory" >&2
  exit 1
fi
mkdir -p "$data"
tar -xzf "$file" -C "$data"
if [ ! -f "$data/pgdata/PG_VERSION" ]; then
  echo "restore-embedded: the archive held no embedded database" >&2
  exit 1
fi
echo "restored into $data: start the server with DATA_DIR=$data"
