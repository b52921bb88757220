import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { AID_LEDGER_MODULE } from "../../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../../modules/aid-ledger/service"
import type { ImpactFigures, ImpactRow } from "../../../../modules/aid-ledger/types"
import { toMajor, toMinor } from "../../../../utils/money"
import type { AdminImpactParamsType } from "./validators"

const CURRENCY = "cny"

/** Amounts as numbers in major units, the way Medusa's own APIs answer. */
const asJson = <T extends ImpactFigures>(figures: T) => ({
  ...figures,
  gross: Number(figures.gross),
  reversals: Number(figures.reversals),
  net: Number(figures.net),
})

export async function readImpact(req: AuthenticatedMedusaRequest) {
  const params = req.validatedQuery as AdminImpactParamsType
  const ledger = req.scope.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
  const { group_by, from, to, certified_only } = params
  const report = await ledger.impactReport({ group_by, from, to, certified_only })
  return { currency_code: CURRENCY, group_by, from, to, certified_only, ...report }
}

export type ImpactReport = Awaited<ReturnType<typeof readImpact>>

export function sendImpactJson(res: MedusaResponse, report: ImpactReport) {
  res.json({ ...report, rows: report.rows.map(asJson), totals: asJson(report.totals) })
}

const columns = [
  { key: "key", header: "编号 Key" },
  { key: "label", header: "名称 Name" },
  { key: "gross", header: "销售额 Gross (CNY)" },
  { key: "reversals", header: "退款与取消 Reversals (CNY)" },
  { key: "net", header: "净额 Net (CNY)" },
  { key: "orders", header: "订单 Orders" },
  { key: "items", header: "件数 Items" },
  { key: "buyers", header: "买家 Buyers" },
  { key: "households", header: "带动农户 Households" },
]

/** Streams the rows and a total line as CSV with a UTF-8 BOM, so Excel keeps the Chinese intact. */
export function sendImpactCsv(res: MedusaResponse, report: ImpactReport) {
  const certified = report.certified_only ? "-certified" : ""
  const name = `aid-impact-${report.group_by}-${report.from}-${report.to}${certified}.csv`
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  const csv = stringify({ bom: true, header: true, columns })
  csv.pipe(res)
  const total: ImpactRow = { key: "total", label: "合计 Total", ...report.totals }
  // Money with its fen always written out, so a spreadsheet column reads evenly.
  const fen = (amount: string) => toMajor(toMinor(amount, 2), 2)
  for (const row of [...report.rows, total]) {
    csv.write({ ...row, gross: fen(row.gross), reversals: fen(row.reversals), net: fen(row.net) })
  }
  csv.end()
}
