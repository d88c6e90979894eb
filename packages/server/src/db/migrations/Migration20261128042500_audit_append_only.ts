import { Migration } from '@mikro-orm/migrations';

/** The audit trail is append-only in the database itself, whatever the application does. */
export class Migration20261128042500_audit_append_only extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger audit_event_no_update before update or delete on "audit_event"
  for each row execute function audit_event_append_only();`);
    this.addSql(`create trigger audit_event_no_truncate before truncate on "audit_event"
  for each statement execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_no_truncate on "audit_event";`);
    this.addSql(`drop trigger if exists audit_event_no_update on "audit_event";`);
    this.addSql(`drop function if exists audit_event_append_only();`);
  }
}
