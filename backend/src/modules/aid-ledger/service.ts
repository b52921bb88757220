import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Contribution } from "./models/contribution"
import { buyerImpactSql, cooperativeMonthsSql, impactReportSql } from "./report-sql"
import type {
  BuyerImpactRow,
  CooperativeMonth,
  ImpactFigures,
  ImpactQuery,
  ImpactRow,
  NewContribution,
} from "./types"

type RawRow = Record<string, unknown>

const toRow = (raw: RawRow): ImpactRow => ({
  key: String(raw.key),
  label: String(raw.label ?? ""),
  gross: String(raw.gross ?? "0"),
  reversals: String(raw.reversals ?? "0"),
  net: String(raw.net ?? "0"),
  orders: Number(raw.orders ?? 0),
  items: Number(raw.items ?? 0),
  buyers: Number(raw.buyers ?? 0),
  households: Number(raw.households ?? 0),
})

const emptyFigures: ImpactFigures = {
  gross: "0",
  reversals: "0",
  net: "0",
  orders: 0,
  items: 0,
  buyers: 0,
  households: 0,
}

/** The aid ledger: append-only contributions and the reports read from their rollups. */
class AidLedgerModuleService extends MedusaService({ Contribution }) {
  /** Appends entries; one already written (same line item, kind and source) is skipped, also under races. */
  @InjectTransactionManager()
  async appendContributions(
    entries: NewContribution[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<string[]> {
    if (!entries.length) {
      return []
    }
    const manager = sharedContext.transactionManager!
    const rows = entries.map((entry) => ({
      ...entry,
      pairings: JSON.stringify(entry.pairings),
      raw_amount: JSON.stringify({ value: entry.amount, precision: 20 }),
    }))
    const insert = manager.getKnex()("aid_contribution").insert(rows).onConflict().ignore().returning("id")
    const inserted: { id: string }[] = await manager.execute(insert)
    return inserted.map((row) => row.id)
  }

  /** Undoes an append of this process (workflow compensation); history is otherwise never removed. */
  @InjectTransactionManager()
  async withdrawContributions(
    ids: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    const manager = sharedContext.transactionManager!
    if (ids.length) {
      await manager.execute(manager.getKnex()("aid_contribution").whereIn("id", ids).delete())
    }
  }

  /** Staff report: rows for the grouping and the totals over the same range and filter. */
  @InjectManager()
  async impactReport(
    query: ImpactQuery,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ rows: ImpactRow[]; totals: ImpactFigures }> {
    const manager = sharedContext.manager!
    const grouped = impactReportSql(query.group_by, query)
    const overall = impactReportSql("all", query)
    const [rows, totals] = await Promise.all([
      manager.execute(grouped.sql, grouped.bindings) as Promise<RawRow[]>,
      manager.execute(overall.sql, overall.bindings) as Promise<RawRow[]>,
    ])
    const {
      key: _key,
      label: _label,
      ...figures
    } = totals[0] ? toRow(totals[0]) : { ...emptyFigures, key: "", label: "" }
    return { rows: rows.map(toRow), totals: figures }
  }

  /** One buyer's own totals per county (with its prefecture and province), from their entries. */
  @InjectManager()
  async buyerImpact(
    customerId: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ totals: BuyerImpactRow; rows: BuyerImpactRow[] }> {
    const raw: RawRow[] = await sharedContext.manager!.execute(buyerImpactSql, [customerId, customerId])
    const [totals, ...rows] = raw.map((row) => ({
      county_id: String(row.county_id),
      county_name: String(row.county_name),
      prefecture_name: row.prefecture_name === null ? null : String(row.prefecture_name),
      province_name: row.province_name === null ? null : String(row.province_name),
      net: String(row.net),
      certified_net: String(row.certified_net),
      orders: Number(row.orders),
      items: Number(row.items),
    }))
    return { totals: totals!, rows }
  }

  /** A cooperative's own figures per month, for its portal. */
  @InjectManager()
  async cooperativeMonths(
    cooperativeId: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<CooperativeMonth[]> {
    const rows: RawRow[] = await sharedContext.manager!.execute(cooperativeMonthsSql, [cooperativeId])
    return rows.map((row) => ({
      month: String(row.month),
      gross: String(row.gross),
      reversals: String(row.reversals),
      net: String(row.net),
      certified_net: String(row.certified_net),
      orders: Number(row.orders),
      items: Number(row.items),
    }))
  }

  /** Recomputes every rollup from the entries (after bulk loads or a restore). */
  @InjectTransactionManager()
  async rebuildRollups(@MedusaContext() sharedContext: Context<SqlEntityManager> = {}): Promise<void> {
    await sharedContext.transactionManager!.execute("select aid_contribution_rebuild()")
  }
}

export default AidLedgerModuleService
