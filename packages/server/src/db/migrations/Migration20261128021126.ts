import { Migration } from '@mikro-orm/migrations';

export class Migration20261128021126 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "county" ("id" uuid not null, "code" varchar(12) not null, "name" varchar(100) not null, "created_at" timestamptz not null default now(), constraint "county_pkey" primary key ("id"));`);
    this.addSql(`alter table "county" add constraint "county_code_unique" unique ("code");`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "county_id" uuid not null, "actor_id" uuid null, "actor_username" varchar(50) null, "action" varchar(50) not null, "entity_type" varchar(50) not null, "entity_id" uuid null, "before" jsonb null, "after" jsonb null, "created_at" timestamptz not null default now(), constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_created_at_index" on "audit_event" ("created_at");`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);

    this.addSql(`create table "township" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "code" varchar(12) not null, "kind" text check ("kind" in ('TOWN', 'TOWNSHIP', 'SUBDISTRICT')) not null default 'TOWN', "sort_order" int null, constraint "township_pkey" primary key ("id"));`);
    this.addSql(`alter table "township" add constraint "township_county_id_code_unique" unique ("county_id", "code");`);

    this.addSql(`create table "village" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(100) not null, "code" varchar(15) not null, "township_id" uuid not null, "kind" text check ("kind" in ('VILLAGE', 'COMMUNITY')) not null default 'VILLAGE', "population" int not null default 0, "households" int not null default 0, constraint "village_pkey" primary key ("id"));`);
    this.addSql(`create index "village_township_id_index" on "village" ("township_id");`);
    this.addSql(`alter table "village" add constraint "village_county_id_code_unique" unique ("county_id", "code");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "username" varchar(50) not null, "display_name" varchar(50) null, "password_hash" varchar(200) not null, "role" text check ("role" in ('ADMIN', 'VILLAGE_CLERK', 'TOWNSHIP_OFFICER', 'DISTRICT_ASSESSOR', 'FINANCE_OFFICER', 'VIEWER')) not null, "township_id" uuid null, "village_id" uuid null, "active" boolean not null default true, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "session" ("id" uuid not null, "county_id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), constraint "session_pkey" primary key ("id"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "cadre" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(50) not null, "village_id" uuid not null, "position" varchar(50) not null, "gender" text check ("gender" in ('M', 'F')) null, "phone" varchar(30) null, "active" boolean not null default true, constraint "cadre_pkey" primary key ("id"));`);
    this.addSql(`create index "cadre_village_id_index" on "cadre" ("village_id");`);

    this.addSql(`create table "village_economy" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_id" uuid not null, "year" int not null, "collective_accumulation" bigint not null default 0, "operating_income" bigint not null default 0, "model" text check ("model" in ('LAND', 'ASSETS', 'RESOURCES', 'CAPITAL', 'COOPERATIVE_SERVICE')) null, constraint "village_economy_pkey" primary key ("id"));`);
    this.addSql(`alter table "village_economy" add constraint "village_economy_village_id_year_unique" unique ("village_id", "year");`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "township" add constraint "township_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "village" add constraint "village_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "village" add constraint "village_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "session" add constraint "session_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cadre" add constraint "cadre_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cadre" add constraint "cadre_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "village_economy" add constraint "village_economy_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "village_economy" add constraint "village_economy_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint "audit_event_county_id_foreign";`);

    this.addSql(`alter table "township" drop constraint "township_county_id_foreign";`);

    this.addSql(`alter table "village" drop constraint "village_county_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_county_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_county_id_foreign";`);

    this.addSql(`alter table "cadre" drop constraint "cadre_county_id_foreign";`);

    this.addSql(`alter table "village_economy" drop constraint "village_economy_county_id_foreign";`);

    this.addSql(`alter table "village" drop constraint "village_township_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_township_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_village_id_foreign";`);

    this.addSql(`alter table "cadre" drop constraint "cadre_village_id_foreign";`);

    this.addSql(`alter table "village_economy" drop constraint "village_economy_village_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`drop table if exists "county" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "township" cascade;`);

    this.addSql(`drop table if exists "village" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "cadre" cascade;`);

    this.addSql(`drop table if exists "village_economy" cascade;`);
  }

}
