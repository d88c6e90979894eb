import { Migration } from '@mikro-orm/migrations';

export class Migration20261128032250 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "plan_item" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "township_id" uuid not null, "village_id" uuid not null, "period_start" int not null, "target_tier" int not null, "target_year" int not null, "status" text check ("status" in ('OPEN', 'WRITTEN_OFF')) not null default 'OPEN', "certification_id" uuid null, "written_off_at" timestamptz null, "note" text null, constraint "plan_item_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_item_township_id_period_start_index" on "plan_item" ("township_id", "period_start");`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_village_id_period_start_unique" unique ("village_id", "period_start");`);

    this.addSql(`create table "payout" ("id" uuid not null, "county_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "year" int not null, "kind" text check ("kind" in ('CADRE_REWARD', 'ACTIVITY_FUND')) not null, "village_id" uuid not null, "cadre_id" uuid null, "certification_id" uuid not null, "tier" int not null, "amount" bigint not null, "payee_name" varchar(100) not null, "payee_position" varchar(50) null, "village_name" varchar(100) not null, "status" text check ("status" in ('UNPAID', 'PAID')) not null default 'UNPAID', "paid_at" timestamptz null, "paid_by" uuid null, constraint "payout_pkey" primary key ("id"));`);
    this.addSql(`create index "payout_county_id_year_index" on "payout" ("county_id", "year");`);

    this.addSql(`alter table "plan_item" add constraint "plan_item_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_township_id_foreign" foreign key ("township_id") references "township" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "plan_item" add constraint "plan_item_certification_id_foreign" foreign key ("certification_id") references "certification" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "payout" add constraint "payout_county_id_foreign" foreign key ("county_id") references "county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "payout" add constraint "payout_village_id_foreign" foreign key ("village_id") references "village" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "payout" add constraint "payout_cadre_id_foreign" foreign key ("cadre_id") references "cadre" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "payout" add constraint "payout_certification_id_foreign" foreign key ("certification_id") references "certification" ("id") on update cascade on delete restrict;`);

    this.addSql(`drop index "application_open_per_village_year";`);

    // One frozen line per cadre and one activity fund per certification, whatever runs concurrently (by hand).
    this.addSql(`create unique index "payout_cadre_line" on "payout" ("certification_id", "cadre_id") where "kind" = 'CADRE_REWARD';`);
    this.addSql(`create unique index "payout_fund_line" on "payout" ("certification_id") where "kind" = 'ACTIVITY_FUND';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "plan_item" cascade;`);

    this.addSql(`drop table if exists "payout" cascade;`);

    this.addSql(`CREATE UNIQUE INDEX application_open_per_village_year ON public.application USING btree (village_id, year) WHERE (status = ANY (ARRAY['DRAFT'::text, 'SUBMITTED'::text, 'RETURNED'::text, 'FORWARDED'::text, 'ASSESSING'::text]));`);
  }

}
