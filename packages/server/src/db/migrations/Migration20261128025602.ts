import { Migration } from '@mikro-orm/migrations';

export class Migration20261128025602 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "scheme" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(200) not null, "effective_from_year" int not null, "active" boolean not null default true, "tiers" jsonb not null, "rules" jsonb not null, constraint "scheme_pkey" primary key ("id"));`);

    this.addSql(`create table "scheme_indicator" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "scheme_id" uuid not null, "position" int not null, "key" varchar(100) not null, "plugin_name" varchar(200) not null, "params" jsonb not null, "formula" jsonb null, constraint "scheme_indicator_pkey" primary key ("id"));`);
    this.addSql(`alter table "scheme_indicator" add constraint "scheme_indicator_scheme_id_key_unique" unique ("scheme_id", "key");`);

    this.addSql(`create table "application" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_id" uuid not null, "scheme_id" uuid not null, "year" int not null, "target_tier" int not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'ASSESSING', 'PASSED', 'FAILED')) not null default 'DRAFT', "declared_values" jsonb not null, "readiness" double precision null, "weakest_indicator_key" varchar(100) null, "vet_comment" text null, "submitted_at" timestamptz null, "vetted_at" timestamptz null, constraint "application_pkey" primary key ("id"));`);
    this.addSql(`create index "application_village_id_index" on "application" ("village_id");`);
    this.addSql(`create index "application_county_id_year_status_index" on "application" ("county_id", "year", "status");`);
    // One open application per village and year, even under concurrent requests (written by hand).
    this.addSql(`create unique index "application_open_per_village_year" on "application" ("village_id", "year") where "status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'FORWARDED', 'ASSESSING');`);

    this.addSql(`create table "assessment" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "application_id" uuid not null, "status" text check ("status" in ('IN_PROGRESS', 'PASSED', 'FAILED')) not null default 'IN_PROGRESS', "plan" jsonb not null, "steps" jsonb not null, "failed_indicator_key" varchar(100) null, "is_reference" boolean not null default false, "started_by" uuid not null, "finished_at" timestamptz null, constraint "assessment_pkey" primary key ("id"));`);
    this.addSql(`alter table "assessment" add constraint "assessment_application_id_unique" unique ("application_id");`);

    this.addSql(`create table "certification" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "village_id" uuid not null, "tier" int not null, "year" int not null, "status" text check ("status" in ('ACTIVE', 'REVOKED')) not null default 'ACTIVE', "assessment_id" uuid null, "revoked_reason" text null, "revoked_at" timestamptz null, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`alter table "certification" add constraint "certification_village_id_tier_year_unique" unique ("village_id", "tier", "year");`);

    this.addSql(`alter table "scheme" add constraint "scheme_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "scheme_indicator" add constraint "scheme_indicator_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "scheme_indicator" add constraint "scheme_indicator_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "application" add constraint "application_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_scheme_id_foreign" foreign key ("scheme_id") references "scheme" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assessment" add constraint "assessment_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assessment" add constraint "assessment_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "certification" add constraint "certification_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "certification" add constraint "certification_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "certification" add constraint "certification_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "scheme_indicator" drop constraint "scheme_indicator_scheme_id_foreign";`);

    this.addSql(`alter table "application" drop constraint "application_scheme_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_application_id_foreign";`);

    this.addSql(`alter table "certification" drop constraint "certification_assessment_id_foreign";`);

    this.addSql(`drop table if exists "scheme" cascade;`);

    this.addSql(`drop table if exists "scheme_indicator" cascade;`);

    this.addSql(`drop table if exists "application" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "certification" cascade;`);
  }

}
