#!/usr/bin/env bash
# Checks a Fanben PostgreSQL database, typically one just restored: applied migrations, row counts, and
# that the audit trail still refuses UPDATE and TRUNCATE (the append-only triggers came back and are
# enabled). Prints what it found; exits non-zero if the audit trail could be changed.
#
#   scripts/verify-postgres.sh DATABASE_URL
#
# It changes nothing: each refusal test runs in a transaction that is rolled back.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 DATABASE_URL" >&2
  exit 2
fi
url=$1
q() { psql -X -At -v ON_ERROR_STOP=1 --dbname="$url" -c "$1"; }

echo "migrations: $(q "select count(*) || ' applied, latest ' || max(name) from mikro_orm_migrations")"
counts=""
for table in county township village cadre application certification payout plan_item app_user audit_event; do
  counts+="$table=$(q "select count(*) from \"$table\"") "
done
echo "rows: $counts"

triggers=$(q "select string_agg(tgname, ',' order by tgname) from pg_trigger
  where tgrelid = 'audit_event'::regclass and not tgisinternal and tgenabled <> 'D'")
echo "audit_event triggers: ${triggers:-none}"

refused() { # the statement must fail with the append-only error
  local out
  if out=$(psql -X -At -v ON_ERROR_STOP=1 --dbname="$url" -c "begin; $1; rollback;" 2>&1); then
    return 1
  fi
  grep -q 'append-only' <<<"$out"
}
status=0
if [ "$(q 'select count(*) > 0 from audit_event')" = "t" ]; then
  if refused "update audit_event set action = action where id = (select id from audit_event limit 1)"; then
    echo "audit_event: UPDATE refused"
  else
    echo "audit_event: UPDATE NOT REFUSED: the append-only trigger is missing" >&2
    status=1
  fi
else
  echo "audit_event: empty, UPDATE not tried"
fi
if refused "truncate audit_event"; then
  echo "audit_event: TRUNCATE refused"
else
  echo "audit_event: TRUNCATE NOT REFUSED: the append-only trigger is missing" >&2
  status=1
fi
exit $status
