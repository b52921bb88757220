import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_LEDGER_MODULE } from "../../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../../modules/aid-ledger/service"
import type { ImpactFigures, ImpactGroup, ImpactRow } from "../../../../modules/aid-ledger/types"
import { shanghaiToday } from "../../../utils/shanghai-days"

// Since the market opened; the public counter is all-time.
const FIRST_DAY = "2000-01-01"

// Public figures only: no buyer counts, nothing that points at a person.
const publicFigures = (figures: ImpactFigures) => ({
  gross: Number(figures.gross),
  net: Number(figures.net),
  orders: figures.orders,
  items: figures.items,
  households: figures.households,
})
const publicRow = (row: ImpactRow) => ({ id: row.key, name: row.label, ...publicFigures(row) })

/** The storefront's running aid counter: overall, and per province, prefecture and county. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const ledger = req.scope.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
  const range = { from: FIRST_DAY, to: shanghaiToday(), certified_only: false }
  const report = (group_by: ImpactGroup) => ledger.impactReport({ ...range, group_by })
  const [provinces, prefectures, counties] = await Promise.all([
    report("province"),
    report("prefecture"),
    report("county"),
  ])
  res.setHeader("Cache-Control", "public, max-age=60")
  res.json({
    currency_code: "cny",
    totals: publicFigures(provinces.totals),
    provinces: provinces.rows.map(publicRow),
    prefectures: prefectures.rows.map(publicRow),
    counties: counties.rows.map(publicRow),
  })
}
