import { Migration } from "@medusajs/framework/mikro-orm/migrations"

// Every dimension a report can group by, as (dimension, key, label) rows of entry "c"; month is a dimension
// too, so a monthly report counts its buyers the same way as a county report.
const keysOf = (c: string) => `
  select 'all'::text as dimension, 'all'::text as key, ''::text as label
  union all select 'month', to_char(${c}.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM'),
    to_char(${c}.occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM')
  union all select 'province', ${c}.province_id, coalesce(${c}.province_name, '') where ${c}.province_id is not null
  union all select 'prefecture', ${c}.prefecture_id, coalesce(${c}.prefecture_name, '')
    where ${c}.prefecture_id is not null
  union all select 'county', ${c}.county_id, ${c}.county_name
  union all select 'cooperative', ${c}.cooperative_id, ${c}.cooperative_name
  union all select 'product', ${c}.product_id, ${c}.product_title
  union all select 'pairing', p->>'id', concat(p->>'donor_name', ' ↔ ', p->>'region_name')
    from jsonb_array_elements(${c}.pairings) p
  union all (select distinct 'donor', p->>'donor_id', p->>'donor_name' from jsonb_array_elements(${c}.pairings) p)`

// plpgsql because PostgreSQL cannot inline a whole-row argument into a lateral join.
const keysFunction = `
create or replace function aid_contribution_keys(c aid_contribution)
returns table(dimension text, key text, label text) language plpgsql immutable as $$
begin
  return query ${keysOf("c")};
end $$;

create or replace function aid_contribution_has_key(c aid_contribution, dim text, k text)
returns boolean language sql stable as $$
  select exists (select 1 from aid_contribution_keys(c) x where x.dimension = dim and x.key = k)
$$;

create or replace function aid_shanghai_day(at timestamptz) returns date language sql immutable as $$
  select (at at time zone 'Asia/Shanghai')::date
$$;
`

const tables = `
create table if not exists aid_contribution_daily (
  dimension text not null,
  key text not null,
  day date not null,
  label text not null default '',
  gross numeric not null default 0,
  gross_certified numeric not null default 0,
  reversals numeric not null default 0,
  reversals_certified numeric not null default 0,
  items integer not null default 0,
  items_certified integer not null default 0,
  orders integer not null default 0,
  orders_certified integer not null default 0,
  cooperatives jsonb not null default '{}',
  cooperatives_certified jsonb not null default '{}',
  primary key (dimension, day, key)
);
create table if not exists aid_contribution_order (
  dimension text not null,
  key text not null,
  order_id text not null,
  day date not null,
  certified boolean not null,
  primary key (dimension, key, order_id)
);
create table if not exists aid_contribution_buyer (
  dimension text not null,
  key text not null,
  year integer not null,
  customer_id text not null,
  sale_days datemultirange not null default '{}',
  certified_days datemultirange not null default '{}',
  first_day date,
  last_day date,
  first_certified date,
  last_certified date,
  lines integer not null default 0,
  certified_lines integer not null default 0,
  primary key (dimension, key, year, customer_id)
);
-- Only buyers with a sale before "from" or after "to" in the year are read one by one.
create index if not exists aid_contribution_buyer_first on aid_contribution_buyer (dimension, year, key, first_day);
create index if not exists aid_contribution_buyer_last on aid_contribution_buyer (dimension, year, key, last_day);
create index if not exists aid_contribution_buyer_first_certified on aid_contribution_buyer
  (dimension, year, key, first_certified) where first_certified is not null;
create index if not exists aid_contribution_buyer_last_certified on aid_contribution_buyer
  (dimension, year, key, last_certified) where last_certified is not null;
-- Distinct buyers per key and year, so a range that covers whole years needs no buyer rows at all.
create table if not exists aid_contribution_buyer_count (
  dimension text not null,
  key text not null,
  year integer not null,
  buyers integer not null default 0,
  buyers_certified integer not null default 0,
  primary key (dimension, key, year)
);
`

// Sales and reversals are additive; orders, buyers and cooperatives reached are counted once per key.
const applyFunction = `
create or replace function aid_contribution_add(c aid_contribution) returns void language plpgsql as $$
declare
  d date := aid_shanghai_day(c.occurred_at);
  k record;
  is_sale boolean := c.kind = 'sale';
  v_gross numeric := case when c.kind = 'sale' then c.amount else 0 end;
  v_rev numeric := case when c.kind = 'sale' then 0 else -c.amount end;
  v_coop jsonb := case when c.kind = 'sale' then jsonb_build_object(c.cooperative_id, c.households) else '{}' end;
  order_day date;
  buyer_lines integer;
  buyer_certified_lines integer;
begin
  for k in select * from aid_contribution_keys(c) loop
    insert into aid_contribution_daily as r (dimension, key, day, label, gross, gross_certified, reversals,
      reversals_certified, items, items_certified, cooperatives, cooperatives_certified)
    values (k.dimension, k.key, d, k.label, v_gross, case when c.certified then v_gross else 0 end, v_rev,
      case when c.certified then v_rev else 0 end, c.quantity, case when c.certified then c.quantity else 0 end,
      v_coop, case when c.certified then v_coop else '{}' end)
    on conflict (dimension, day, key) do update set
      label = excluded.label,
      gross = r.gross + excluded.gross,
      gross_certified = r.gross_certified + excluded.gross_certified,
      reversals = r.reversals + excluded.reversals,
      reversals_certified = r.reversals_certified + excluded.reversals_certified,
      items = r.items + excluded.items,
      items_certified = r.items_certified + excluded.items_certified,
      cooperatives = r.cooperatives || excluded.cooperatives,
      cooperatives_certified = r.cooperatives_certified || excluded.cooperatives_certified;
    continue when not is_sale;
    insert into aid_contribution_order (dimension, key, order_id, day, certified)
    values (k.dimension, k.key, c.order_id, d, c.certified) on conflict do nothing;
    if found then
      update aid_contribution_daily set orders = orders + 1, orders_certified = orders_certified + c.certified::int
      where dimension = k.dimension and key = k.key and day = d;
    elsif c.certified then
      update aid_contribution_order set certified = true
      where dimension = k.dimension and key = k.key and order_id = c.order_id and not certified
      returning day into order_day;
      if found then
        update aid_contribution_daily set orders_certified = orders_certified + 1
        where dimension = k.dimension and key = k.key and day = order_day;
      end if;
    end if;
    continue when c.customer_id is null;
    insert into aid_contribution_buyer as b (dimension, key, year, customer_id, sale_days, certified_days,
      first_day, last_day, first_certified, last_certified, lines, certified_lines)
    values (k.dimension, k.key, extract(year from d)::int, c.customer_id, datemultirange(daterange(d, d, '[]')),
      case when c.certified then datemultirange(daterange(d, d, '[]')) else '{}'::datemultirange end,
      d, d, case when c.certified then d end, case when c.certified then d end, 1, c.certified::int)
    on conflict (dimension, key, year, customer_id) do update set
      sale_days = b.sale_days + excluded.sale_days,
      certified_days = b.certified_days + excluded.certified_days,
      first_day = least(b.first_day, excluded.first_day),
      last_day = greatest(b.last_day, excluded.last_day),
      first_certified = least(b.first_certified, excluded.first_certified),
      last_certified = greatest(b.last_certified, excluded.last_certified),
      lines = b.lines + 1,
      certified_lines = b.certified_lines + excluded.certified_lines
    returning b.lines, b.certified_lines into buyer_lines, buyer_certified_lines;
    -- The row lock makes these counts exact: the first line of a buyer (or of a certified sale) counts them.
    if buyer_lines = 1 or (c.certified and buyer_certified_lines = 1) then
      insert into aid_contribution_buyer_count as n (dimension, key, year, buyers, buyers_certified)
      values (k.dimension, k.key, extract(year from d)::int, (buyer_lines = 1)::int,
        (c.certified and buyer_certified_lines = 1)::int)
      on conflict (dimension, key, year) do update set
        buyers = n.buyers + excluded.buyers, buyers_certified = n.buyers_certified + excluded.buyers_certified;
    end if;
  end loop;
end $$;

create or replace function aid_contribution_remove(c aid_contribution) returns void language plpgsql as $$
declare
  d date := aid_shanghai_day(c.occurred_at);
  k record;
  is_sale boolean := c.kind = 'sale';
  v_gross numeric := case when c.kind = 'sale' then c.amount else 0 end;
  v_rev numeric := case when c.kind = 'sale' then 0 else -c.amount end;
  left_lines integer;
  left_certified boolean;
  old_order record;
  y integer := extract(year from aid_shanghai_day(c.occurred_at))::int;
  buyer_lines integer;
  buyer_certified_lines integer;
begin
  for k in select * from aid_contribution_keys(c) loop
    update aid_contribution_daily r set
      gross = r.gross - v_gross,
      gross_certified = r.gross_certified - case when c.certified then v_gross else 0 end,
      reversals = r.reversals - v_rev,
      reversals_certified = r.reversals_certified - case when c.certified then v_rev else 0 end,
      items = r.items - c.quantity,
      items_certified = r.items_certified - case when c.certified then c.quantity else 0 end,
      cooperatives = coalesce((select jsonb_object_agg(x.cooperative_id, x.households) from aid_contribution x
        where x.kind = 'sale' and x.deleted_at is null and aid_shanghai_day(x.occurred_at) = d
        and x.occurred_at between d - interval '1 day' and d + interval '2 day'
        and aid_contribution_has_key(x, k.dimension, k.key)), '{}'),
      cooperatives_certified = coalesce((select jsonb_object_agg(x.cooperative_id, x.households)
        from aid_contribution x where x.kind = 'sale' and x.certified and x.deleted_at is null
        and aid_shanghai_day(x.occurred_at) = d
        and x.occurred_at between d - interval '1 day' and d + interval '2 day'
        and aid_contribution_has_key(x, k.dimension, k.key)), '{}')
    where r.dimension = k.dimension and r.key = k.key and r.day = d;
    continue when not is_sale;
    select count(*), coalesce(bool_or(x.certified), false) into left_lines, left_certified
    from aid_contribution x where x.order_id = c.order_id and x.kind = 'sale' and x.deleted_at is null
      and aid_contribution_has_key(x, k.dimension, k.key);
    select * into old_order from aid_contribution_order
    where dimension = k.dimension and key = k.key and order_id = c.order_id;
    if found and left_lines = 0 then
      delete from aid_contribution_order where dimension = k.dimension and key = k.key and order_id = c.order_id;
      update aid_contribution_daily set orders = orders - 1, orders_certified = orders_certified - old_order.certified::int
      where dimension = k.dimension and key = k.key and day = old_order.day;
    elsif found and old_order.certified and not left_certified then
      update aid_contribution_order set certified = false
      where dimension = k.dimension and key = k.key and order_id = c.order_id;
      update aid_contribution_daily set orders_certified = orders_certified - 1
      where dimension = k.dimension and key = k.key and day = old_order.day;
    end if;
    continue when c.customer_id is null;
    update aid_contribution_buyer b set lines = lines - 1, certified_lines = certified_lines - c.certified::int
    where b.dimension = k.dimension and b.key = k.key and b.year = y and b.customer_id = c.customer_id
    returning b.lines, b.certified_lines into buyer_lines, buyer_certified_lines;
    continue when not found;
    if buyer_lines = 0 or (c.certified and buyer_certified_lines = 0) then
      update aid_contribution_buyer_count set buyers = buyers - (buyer_lines = 0)::int,
        buyers_certified = buyers_certified - (c.certified and buyer_certified_lines = 0)::int
      where dimension = k.dimension and key = k.key and year = y;
    end if;
    if buyer_lines = 0 then
      delete from aid_contribution_buyer
      where dimension = k.dimension and key = k.key and year = y and customer_id = c.customer_id;
      continue;
    end if;
    update aid_contribution_buyer b set
      sale_days = coalesce((select range_agg(daterange(aid_shanghai_day(x.occurred_at), aid_shanghai_day(x.occurred_at), '[]'))
        from aid_contribution x where x.customer_id = c.customer_id and x.kind = 'sale' and x.deleted_at is null
        and extract(year from aid_shanghai_day(x.occurred_at)) = y
        and aid_contribution_has_key(x, k.dimension, k.key)), '{}'),
      certified_days = coalesce((select range_agg(daterange(aid_shanghai_day(x.occurred_at), aid_shanghai_day(x.occurred_at), '[]'))
        from aid_contribution x where x.customer_id = c.customer_id and x.kind = 'sale' and x.certified
        and x.deleted_at is null and extract(year from aid_shanghai_day(x.occurred_at)) = y
        and aid_contribution_has_key(x, k.dimension, k.key)), '{}')
    where b.dimension = k.dimension and b.key = k.key and b.year = y and b.customer_id = c.customer_id;
    update aid_contribution_buyer b set first_day = lower(sale_days), last_day = upper(sale_days) - 1,
      first_certified = lower(certified_days), last_certified = upper(certified_days) - 1
    where b.dimension = k.dimension and b.key = k.key and b.year = y and b.customer_id = c.customer_id;
  end loop;
end $$;
`

// Rebuilds every rollup from the entries in one pass: used after bulk loads and as a repair tool.
const rebuildFunction = `
create or replace function aid_contribution_rebuild() returns void language plpgsql as $$
begin
  truncate aid_contribution_daily, aid_contribution_order, aid_contribution_buyer, aid_contribution_buyer_count;
  drop table if exists aid_keyed;
  create temp table aid_keyed on commit drop as
    select c.order_id, c.customer_id, c.kind, c.amount, c.quantity, c.certified, c.cooperative_id, c.households,
      aid_shanghai_day(c.occurred_at) as day, k.dimension, k.key, k.label
    from aid_contribution c cross join lateral (${keysOf("c")}) k where c.deleted_at is null;
  insert into aid_contribution_daily (dimension, key, day, label, gross, gross_certified, reversals,
    reversals_certified, items, items_certified, orders, orders_certified, cooperatives, cooperatives_certified)
  select dimension, key, day, max(label),
    coalesce(sum(amount) filter (where kind = 'sale'), 0),
    coalesce(sum(amount) filter (where kind = 'sale' and certified), 0),
    coalesce(-sum(amount) filter (where kind <> 'sale'), 0),
    coalesce(-sum(amount) filter (where kind <> 'sale' and certified), 0),
    sum(quantity), coalesce(sum(quantity) filter (where certified), 0),
    count(distinct order_id) filter (where kind = 'sale'),
    count(distinct order_id) filter (where kind = 'sale' and certified),
    coalesce(jsonb_object_agg(cooperative_id, households) filter (where kind = 'sale'), '{}'),
    coalesce(jsonb_object_agg(cooperative_id, households) filter (where kind = 'sale' and certified), '{}')
  from aid_keyed group by dimension, key, day;
  insert into aid_contribution_order (dimension, key, order_id, day, certified)
  select dimension, key, order_id, min(day), bool_or(certified)
  from aid_keyed where kind = 'sale' group by dimension, key, order_id;
  insert into aid_contribution_buyer (dimension, key, year, customer_id, sale_days, certified_days,
    first_day, last_day, first_certified, last_certified, lines, certified_lines)
  select dimension, key, extract(year from day)::int, customer_id, range_agg(daterange(day, day, '[]')),
    coalesce(range_agg(daterange(day, day, '[]')) filter (where certified), '{}'),
    min(day), max(day), min(day) filter (where certified), max(day) filter (where certified),
    count(*), count(*) filter (where certified)
  from aid_keyed where kind = 'sale' and customer_id is not null
  group by dimension, key, extract(year from day)::int, customer_id;
  insert into aid_contribution_buyer_count (dimension, key, year, buyers, buyers_certified)
  select dimension, key, year, count(*), count(*) filter (where certified_lines > 0)
  from aid_contribution_buyer group by dimension, key, year;
  analyze aid_contribution_daily;
  analyze aid_contribution_buyer;
end $$;
`

// Entries are append-only: a soft delete counts as a removal, any other change is refused.
const triggers = `
create or replace function aid_contribution_on_insert() returns trigger language plpgsql as $$
begin
  if new.deleted_at is null then perform aid_contribution_add(new); end if;
  return null;
end $$;
create or replace function aid_contribution_on_delete() returns trigger language plpgsql as $$
begin
  if old.deleted_at is null then perform aid_contribution_remove(old); end if;
  return null;
end $$;
create or replace function aid_contribution_on_update() returns trigger language plpgsql as $$
begin
  if (old.kind, old.order_id, old.line_item_id, old.quantity, old.amount, old.occurred_at, old.certified,
      old.customer_id, old.county_id, old.cooperative_id, old.product_id, old.pairings)
    is distinct from (new.kind, new.order_id, new.line_item_id, new.quantity, new.amount, new.occurred_at,
      new.certified, new.customer_id, new.county_id, new.cooperative_id, new.product_id, new.pairings) then
    raise exception 'aid contributions are append-only; write a reversal entry instead';
  end if;
  if old.deleted_at is null and new.deleted_at is not null then perform aid_contribution_remove(old); end if;
  if old.deleted_at is not null and new.deleted_at is null then perform aid_contribution_add(new); end if;
  return null;
end $$;
drop trigger if exists aid_contribution_rollup_insert on aid_contribution;
drop trigger if exists aid_contribution_rollup_delete on aid_contribution;
drop trigger if exists aid_contribution_rollup_update on aid_contribution;
create trigger aid_contribution_rollup_insert after insert on aid_contribution
  for each row execute function aid_contribution_on_insert();
create trigger aid_contribution_rollup_delete after delete on aid_contribution
  for each row execute function aid_contribution_on_delete();
create trigger aid_contribution_rollup_update after update on aid_contribution
  for each row execute function aid_contribution_on_update();
`

/**
 * Report rollups kept by triggers in the same transaction as each ledger write, so a report over a
 * million entries reads a few thousand rows and a hand-deleted entry leaves no stale total behind.
 */
export class Migration20261122235900 extends Migration {
  override async up(): Promise<void> {
    this.addSql(tables)
    this.addSql(keysFunction)
    this.addSql(applyFunction)
    this.addSql(rebuildFunction)
    this.addSql(triggers)
    this.addSql(`select aid_contribution_rebuild();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists aid_contribution_rollup_insert on aid_contribution;`)
    this.addSql(`drop trigger if exists aid_contribution_rollup_delete on aid_contribution;`)
    this.addSql(`drop trigger if exists aid_contribution_rollup_update on aid_contribution;`)
    this.addSql(
      `drop table if exists aid_contribution_daily, aid_contribution_order, aid_contribution_buyer, aid_contribution_buyer_count;`
    )
  }
}
