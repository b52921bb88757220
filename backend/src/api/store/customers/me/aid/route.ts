import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_LEDGER_MODULE } from "../../../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../../../modules/aid-ledger/service"

/** "My impact": what the signed-in customer's purchases did for each county, with its totals. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ledger = req.scope.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
  const { totals, rows } = await ledger.buyerImpact(req.auth_context.actor_id)
  res.json({
    currency_code: "cny",
    totals: {
      net: Number(totals.net),
      orders: totals.orders,
      items: totals.items,
      counties: rows.filter((row) => row.orders > 0).length,
    },
    regions: rows.map(({ county_id, county_name, prefecture_name, province_name, net, orders, items }) => ({
      county_id,
      county_name,
      prefecture_name,
      province_name,
      net: Number(net),
      orders,
      items,
    })),
  })
}
