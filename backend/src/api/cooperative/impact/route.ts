import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_LEDGER_MODULE } from "../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../modules/aid-ledger/service"
import { memberScope } from "../member-scope"

/** The cooperative's own sales per month, and the part of them official aid statistics count (certified). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const scope = await memberScope(req)
  const ledger = req.scope.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
  const months = await ledger.cooperativeMonths(scope.cooperative.id)
  res.json({
    currency_code: "cny",
    months: months.map((month) => ({
      ...month,
      gross: Number(month.gross),
      reversals: Number(month.reversals),
      net: Number(month.net),
      certified_net: Number(month.certified_net),
    })),
  })
}
