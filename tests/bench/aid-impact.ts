import pg from "pg"
import { impactReportSql } from "../../backend/src/modules/aid-ledger/report-sql"
import type { ImpactQuery } from "../../backend/src/modules/aid-ledger/types"
import { insertEntriesSql } from "./aid-ledger-data"

type Timing = { name: string; median: number; p95: number; rows: number; runs: number }

const RUNS = 25
// The plain GROUP BY takes seconds a run; fewer runs give its median just as well.
const PLAIN_RUNS = 7
const WARMUP = 2
const year = { from: "2025-01-01", to: "2025-12-31" }
// Mid-month edges: buyers who bought both inside and outside the range must be read one by one.
const partial = { from: "2025-03-15", to: "2025-09-14" }

// The report's SQL uses knex-style "?" placeholders; pg wants $1, $2, …
const numbered = (sql: string) => {
  let index = 0
  return sql.replace(/\?/g, () => `$${++index}`)
}

async function time(
  client: pg.Pool,
  name: string,
  queries: { sql: string; bindings: unknown[] }[],
  runs = RUNS
): Promise<Timing> {
  const samples: number[] = []
  let rows = 0
  for (let run = 0; run < WARMUP + runs; run++) {
    const started = process.hrtime.bigint()
    const results = await Promise.all(queries.map((q) => client.query(numbered(q.sql), q.bindings)))
    const elapsed = Number(process.hrtime.bigint() - started) / 1e6
    rows = results[0]?.rowCount ?? 0
    if (run >= WARMUP) samples.push(elapsed)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0
  return { name, median: at(0.5), p95: at(0.95), rows, runs }
}

// What a hand-written report would do without rollups: one GROUP BY over the raw entries.
const plainSql = (group: "county" | "month") => {
  const key =
    group === "county" ? "county_id" : "to_char(occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM')"
  return `
select ${key} as key, sum(amount) filter (where kind = 'sale') as gross,
  -sum(amount) filter (where kind <> 'sale') as reversals, sum(amount) as net,
  count(distinct order_id) filter (where kind = 'sale') as orders, sum(quantity) as items,
  count(distinct customer_id) filter (where kind = 'sale') as buyers
from aid_contribution
where occurred_at >= ?::date::timestamp at time zone 'Asia/Shanghai'
  and occurred_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai' and deleted_at is null
group by 1`
}

/** Loads a year of generated entries, then times the impact report against a plain GROUP BY. */
export async function benchAidImpact(url: string, log: (line: string) => void) {
  // A pool, like the backend's: the rows and the totals run side by side as the service runs them.
  const client = new pg.Pool({ connectionString: url, max: 4 })
  try {
    await client.query("truncate aid_contribution")
    log("Generating a year of ledger entries …")
    let started = Date.now()
    await client.query("alter table aid_contribution disable trigger user")
    await client.query(insertEntriesSql)
    await client.query("alter table aid_contribution enable trigger user")
    const { rows } = await client.query("select count(*)::int as n from aid_contribution")
    const entries = Number(rows[0]?.n ?? 0)
    const load = (Date.now() - started) / 1000
    log(`  ${entries.toLocaleString("en")} entries written in ${load.toFixed(1)} s`)
    log("Rebuilding the report rollups in one pass (about 5 minutes on 2 cores) …")
    started = Date.now()
    await client.query("select aid_contribution_rebuild()")
    const rebuild = (Date.now() - started) / 1000
    log(`  rollups rebuilt in ${rebuild.toFixed(1)} s`)
    await client.query("vacuum analyze aid_contribution, aid_contribution_daily, aid_contribution_buyer")

    const query = (group_by: ImpactQuery["group_by"]): ImpactQuery => ({
      ...year,
      group_by,
      certified_only: false,
    })
    // The same two statements the service runs for GET /admin/aid/impact: the grouped rows and the totals.
    const report = (group_by: "county" | "month") => [
      impactReportSql(group_by, query(group_by)),
      impactReportSql("all", query(group_by)),
    ]
    const plain = (group: "county" | "month") => [{ sql: plainSql(group), bindings: [year.from, year.to] }]
    const timings = [
      await time(client, "impact report, group_by=county (rows + totals)", report("county")),
      await time(client, "plain GROUP BY over raw entries, county", plain("county"), PLAIN_RUNS),
      await time(client, "impact report, group_by=month (rows + totals)", report("month")),
      await time(client, "plain GROUP BY over raw entries, month", plain("month"), PLAIN_RUNS),
      await time(client, "impact report, group_by=county, 2025-03-15 to 2025-09-14", [
        impactReportSql("county", { ...partial, group_by: "county", certified_only: false }),
        impactReportSql("all", { ...partial, group_by: "county", certified_only: false }),
      ]),
      await time(client, "impact report, group_by=county, certified only, same half year", [
        impactReportSql("county", { ...partial, group_by: "county", certified_only: true }),
        impactReportSql("all", { ...partial, group_by: "county", certified_only: true }),
      ]),
    ]
    return { entries, load, rebuild, timings }
  } finally {
    await client.end()
  }
}
