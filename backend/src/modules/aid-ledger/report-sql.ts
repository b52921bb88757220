import type { ImpactQuery } from "./types"

type Sql = { sql: string; bindings: (string | boolean)[] }

// Figures of one report row; "c" picks the certified-only columns of the rollup.
const measures = (c: string) => `
  sum(gross${c})::text as gross,
  sum(reversals${c})::text as reversals,
  (sum(gross${c}) - sum(reversals${c}))::text as net,
  sum(orders${c})::int as orders,
  sum(items${c})::int as items`

const suffix = (query: ImpactQuery) => (query.certified_only ? "_certified" : "")

/** Rows for one dimension (county, pairing, …) over Asia/Shanghai days from..to inclusive. */
export function dimensionReportSql(dimension: string, query: ImpactQuery): Sql {
  const c = suffix(query)
  const days = c ? "certified_days" : "sale_days"
  return {
    sql: `
with figures as (
  select key, max(label) as label, ${measures(c)}
  from aid_contribution_daily where dimension = ? and day between ?::date and ?::date group by key
), reached as (
  select distinct on (r.key, j.key) r.key, j.value::int as households
  from aid_contribution_daily r, jsonb_each_text(r.cooperatives${c}) j
  where r.dimension = ? and r.day between ?::date and ?::date
  order by r.key, j.key, r.day desc
), buyers as (
  select key, count(*)::int as buyers from aid_contribution_buyer
  where dimension = ? and ${days} && daterange(?::date, ?::date, '[]') group by key
)
select f.*, coalesce(b.buyers, 0) as buyers,
  coalesce((select sum(households)::int from reached h where h.key = f.key), 0) as households
from figures f left join buyers b using (key)
where f.gross::numeric <> 0 or f.reversals::numeric <> 0 or f.orders > 0
order by f.net::numeric desc, f.label`,
    bindings: [dimension, query.from, query.to, dimension, query.from, query.to, dimension, query.from, query.to],
  }
}

/** One row per calendar month (Asia/Shanghai) that has activity in the range. */
export function monthReportSql(query: ImpactQuery): Sql {
  const c = suffix(query)
  const days = c ? "certified_days" : "sale_days"
  return {
    sql: `
with months as (
  select to_char(m, 'YYYY-MM') as key,
    daterange(greatest(m::date, ?::date), least((m + interval '1 month')::date - 1, ?::date), '[]') as span
  from generate_series(date_trunc('month', ?::date), ?::date, interval '1 month') m
), figures as (
  select to_char(day, 'YYYY-MM') as key, to_char(day, 'YYYY-MM') as label, ${measures(c)}
  from aid_contribution_daily where dimension = 'all' and day between ?::date and ?::date group by 1
), reached as (
  select distinct on (1, j.key) to_char(r.day, 'YYYY-MM') as key, j.value::int as households
  from aid_contribution_daily r, jsonb_each_text(r.cooperatives${c}) j
  where r.dimension = 'all' and r.day between ?::date and ?::date
  order by 1, j.key, r.day desc
), buyers as (
  select m.key, count(*)::int as buyers
  from aid_contribution_buyer b join months m on b.${days} && m.span
  where b.dimension = 'all' and b.${days} && daterange(?::date, ?::date, '[]') group by m.key
)
select f.*, coalesce(b.buyers, 0) as buyers,
  coalesce((select sum(households)::int from reached h where h.key = f.key), 0) as households
from figures f left join buyers b using (key)
where f.gross::numeric <> 0 or f.reversals::numeric <> 0 or f.orders > 0
order by f.key`,
    bindings: [query.from, query.to, query.from, query.to, query.from, query.to, query.from, query.to, query.from, query.to],
  }
}

/** One buyer's totals per county, straight from their own entries (a handful of rows); "all" first. */
export const buyerImpactSql = `
select 'all' as county_id, '' as county_name, null as prefecture_name, null as province_name,
  coalesce(sum(amount), 0)::text as net, count(distinct order_id) filter (where kind = 'sale')::int as orders,
  coalesce(sum(quantity), 0)::int as items, 0 as position
from aid_contribution where customer_id = ? and deleted_at is null
union all
select county_id, max(county_name) as county_name, max(prefecture_name) as prefecture_name,
  max(province_name) as province_name, sum(amount)::text as net,
  count(distinct order_id) filter (where kind = 'sale')::int as orders, sum(quantity)::int as items,
  row_number() over (order by sum(amount) desc) as position
from aid_contribution where customer_id = ? and deleted_at is null
group by county_id order by position`
