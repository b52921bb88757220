import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122235831 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "aid_contribution" drop constraint if exists "aid_contribution_line_item_id_kind_source_id_unique";`
    )
    this.addSql(
      `create table if not exists "aid_contribution" ("id" text not null, "kind" text check ("kind" in ('sale', 'refund', 'return', 'cancel')) not null, "source_id" text not null, "order_id" text not null, "line_item_id" text not null, "sale_entry_id" text null, "customer_id" text null, "product_id" text not null, "product_title" text not null, "variant_id" text null, "variant_title" text null, "quantity" integer not null, "currency_code" text not null, "amount" numeric not null, "occurred_at" timestamptz not null, "cooperative_id" text not null, "cooperative_name" text not null, "households" integer not null default 0, "county_id" text not null, "county_name" text not null, "prefecture_id" text null, "prefecture_name" text null, "province_id" text null, "province_name" text null, "pairings" jsonb not null, "certified" boolean not null default false, "certificate_number" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "aid_contribution_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_contribution_deleted_at" ON "aid_contribution" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_aid_contribution_line_item_id_kind_source_id_unique" ON "aid_contribution" ("line_item_id", "kind", "source_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_contribution_order_id" ON "aid_contribution" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_contribution_occurred_at" ON "aid_contribution" ("occurred_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_aid_contribution_customer_id" ON "aid_contribution" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "aid_contribution" cascade;`)
  }
}
