import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122231548 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "pairing" drop constraint if exists "pairing_donor_id_region_id_unique";`
    )
    this.addSql(
      `alter table if exists "donor_district" drop constraint if exists "donor_district_code_unique";`
    )
    this.addSql(
      `alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_email_unique";`
    )
    this.addSql(`alter table if exists "cooperative" drop constraint if exists "cooperative_handle_unique";`)
    this.addSql(`alter table if exists "certificate" drop constraint if exists "certificate_number_unique";`)
    this.addSql(`alter table if exists "aid_region" drop constraint if exists "aid_region_code_unique";`)
    this.addSql(
      `create table if not exists "aid_region" ("id" text not null, "code" text not null, "level" text check ("level" in ('province', 'prefecture', 'county')) not null, "name" text not null, "name_en" text not null, "story" text null, "story_en" text null, "image_url" text null, "parent_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_region_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_region_code_unique" ON "aid_region" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_region_parent_id" ON "aid_region" ("parent_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_region_deleted_at" ON "aid_region" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_region_level" ON "aid_region" ("level") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "certificate" ("id" text not null, "number" text not null, "issuer" text not null, "valid_from" timestamptz not null, "valid_to" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "certificate_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_certificate_number_unique" ON "certificate" ("number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_certificate_deleted_at" ON "certificate" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "cooperative" ("id" text not null, "handle" text not null, "name" text not null, "name_en" text not null, "story" text null, "story_en" text null, "households" integer not null default 0, "contact_name" text null, "contact_phone" text null, "contact_email" text null, "logo_url" text null, "county_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_handle_unique" ON "cooperative" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_county_id" ON "cooperative" ("county_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_deleted_at" ON "cooperative" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "cooperative_member" ("id" text not null, "email" text not null, "name" text not null, "phone" text null, "cooperative_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "cooperative_member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_cooperative_member_email_unique" ON "cooperative_member" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_cooperative_id" ON "cooperative_member" ("cooperative_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_cooperative_member_deleted_at" ON "cooperative_member" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "donor_district" ("id" text not null, "code" text not null, "name" text not null, "name_en" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "donor_district_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_donor_district_code_unique" ON "donor_district" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_donor_district_deleted_at" ON "donor_district" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "pairing" ("id" text not null, "since_year" integer not null, "note" text null, "note_en" text null, "donor_id" text not null, "region_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pairing_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pairing_donor_id" ON "pairing" ("donor_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pairing_region_id" ON "pairing" ("region_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_pairing_deleted_at" ON "pairing" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pairing_donor_id_region_id_unique" ON "pairing" ("donor_id", "region_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "aid_region" add constraint "aid_region_parent_id_foreign" foreign key ("parent_id") references "aid_region" ("id") on update cascade on delete set null;`
    )

    this.addSql(
      `alter table if exists "cooperative" add constraint "cooperative_county_id_foreign" foreign key ("county_id") references "aid_region" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "cooperative_member" add constraint "cooperative_member_cooperative_id_foreign" foreign key ("cooperative_id") references "cooperative" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "pairing" add constraint "pairing_donor_id_foreign" foreign key ("donor_id") references "donor_district" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "pairing" add constraint "pairing_region_id_foreign" foreign key ("region_id") references "aid_region" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "aid_region" drop constraint if exists "aid_region_parent_id_foreign";`
    )

    this.addSql(
      `alter table if exists "cooperative" drop constraint if exists "cooperative_county_id_foreign";`
    )

    this.addSql(`alter table if exists "pairing" drop constraint if exists "pairing_region_id_foreign";`)

    this.addSql(
      `alter table if exists "cooperative_member" drop constraint if exists "cooperative_member_cooperative_id_foreign";`
    )

    this.addSql(`alter table if exists "pairing" drop constraint if exists "pairing_donor_id_foreign";`)

    this.addSql(`drop table if exists "aid_region" cascade;`)

    this.addSql(`drop table if exists "certificate" cascade;`)

    this.addSql(`drop table if exists "cooperative" cascade;`)

    this.addSql(`drop table if exists "cooperative_member" cascade;`)

    this.addSql(`drop table if exists "donor_district" cascade;`)

    this.addSql(`drop table if exists "pairing" cascade;`)
  }
}
