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

// Distinct buyers per key. Within one calendar year: the year's buyer count, less the buyers with a sale
// outside the range who bought nothing inside it, so the work grows with the edges, not with the buyers.
function buyersSql(dimension: string, query: ImpactQuery, c: string): Sql {
  const [days, first, last, count] = c
    ? ["certified_days", "first_certified", "last_certified", "buyers_certified"]
    : ["sale_days", "first_day", "last_day", "buyers"]
  const { from, to } = query
  const fromYear = Number(from.slice(0, 4))
  const toYear = Number(to.slice(0, 4))
  if (fromYear !== toYear) {
    return {
      sql: `select key, count(distinct customer_id)::int as buyers from aid_contribution_buyer
  where dimension = ? and year between ? and ? and ${first} <= ?::date and ${last} >= ?::date
    and ${days} && daterange(?::date, ?::date, '[]') group by key`,
      bindings: [dimension, String(fromYear), String(toYear), to, from, from, to],
    }
  }
  return {
    sql: `select key, sum(n)::int as buyers from (
    select key, ${count} as n from aid_contribution_buyer_count where dimension = ? and year = ?
    union all
    select key, count(*) filter (where ${last} >= ?::date and ${first} <= ?::date
      and ${days} && daterange(?::date, ?::date, '[]')) - count(*)
    from aid_contribution_buyer where dimension = ? and year = ? and (${first} < ?::date or ${last} > ?::date)
    group by key
  ) edges group by key`,
    bindings: [dimension, String(fromYear), from, to, from, to, dimension, String(fromYear), from, to],
  }
}

/**
 * Rows for one dimension (county, pairing, month, …) over Asia/Shanghai days from..to inclusive; the
 * dimension "all" gives the totals.
 */
export function impactReportSql(dimension: string, query: ImpactQuery): Sql {
  const c = suffix(query)
  const buyers = buyersSql(dimension, query, c)
  const order = dimension === "month" ? "f.key" : "f.net::numeric desc, f.label"
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
), buyers as (${buyers.sql})
select f.*, coalesce(b.buyers, 0) as buyers,
  coalesce((select sum(households)::int from reached h where h.key = f.key), 0) as households
from figures f left join buyers b using (key)
where f.gross::numeric <> 0 or f.reversals::numeric <> 0 or f.orders > 0
order by ${order}`,
    bindings: [dimension, query.from, query.to, dimension, query.from, query.to, ...buyers.bindings],
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

/** One cooperative's sales (gross) and aid (net) per Asia/Shanghai month, from the day rollups. */
export const cooperativeMonthsSql = `
select to_char(day, 'YYYY-MM') as month, sum(gross)::text as gross, sum(reversals)::text as reversals,
  (sum(gross) - sum(reversals))::text as net,
  (sum(gross_certified) - sum(reversals_certified))::text as certified_net,
  sum(orders)::int as orders, sum(items)::int as items
from aid_contribution_daily where dimension = 'cooperative' and key = ?
group by 1 order by 1`
