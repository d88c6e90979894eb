import { Migration } from '@mikro-orm/migrations';

export class Migration20261128033310 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "department" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "kind" text check ("kind" in ('LINKED_ASSISTANCE', 'PARTY_BUILDING_POVERTY_RELIEF', 'GROUP_ASSISTANCE')) not null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`alter table "department" add constraint "department_county_id_name_unique" unique ("county_id", "name");`);

    this.addSql(`create table "training" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "date" date not null, "year" int not null, "topic" varchar(200) not null, "organizer" varchar(100) null, "attendee_count" int null, constraint "training_pkey" primary key ("id"));`);
    this.addSql(`create index "training_county_id_year_index" on "training" ("county_id", "year");`);

    this.addSql(`create table "training_attendance" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "training_id" uuid not null, "township_id" uuid null, "village_id" uuid null, constraint "training_attendance_pkey" primary key ("id"), constraint training_attendance_one_attendee check ((township_id is null) <> (village_id is null)));`);
    this.addSql(`create index "training_attendance_township_id_index" on "training_attendance" ("township_id");`);
    this.addSql(`create index "training_attendance_village_id_index" on "training_attendance" ("village_id");`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_training_id_village_id_unique" unique ("training_id", "village_id");`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_training_id_township_id_unique" unique ("training_id", "township_id");`);

    this.addSql(`create table "department_assignment" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "department_id" uuid not null, "township_id" uuid null, "village_id" uuid null, constraint "department_assignment_pkey" primary key ("id"), constraint department_assignment_one_target check ((township_id is null) <> (village_id is null)));`);
    this.addSql(`create index "department_assignment_township_id_index" on "department_assignment" ("township_id");`);
    this.addSql(`create index "department_assignment_village_id_index" on "department_assignment" ("village_id");`);
    this.addSql(`alter table "department_assignment" add constraint "department_assignment_department_id_village_id_unique" unique ("department_id", "village_id");`);
    this.addSql(`alter table "department_assignment" add constraint "department_assignment_department_id_township_id_unique" unique ("department_id", "township_id");`);

    this.addSql(`alter table "department" add constraint "department_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training" add constraint "training_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "training_attendance" add constraint "training_attendance_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "department_assignment" add constraint "department_assignment_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "department_assignment" add constraint "department_assignment_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "department_assignment" add constraint "department_assignment_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "department_assignment" add constraint "department_assignment_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "department_assignment" drop constraint "department_assignment_department_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_training_id_foreign";`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "training" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);

    this.addSql(`drop table if exists "department_assignment" cascade;`);
  }

}
