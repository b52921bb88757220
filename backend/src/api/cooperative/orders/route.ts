import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { memberScope } from "../member-scope"
import { cooperativeOrders } from "./own-lines"
import type { CooperativeListOrdersType } from "./validators"

/** The cooperative's order lines, to ship or shipped, each with the buyer's shipping address. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { status } = req.validatedQuery as CooperativeListOrdersType
  const orders = await cooperativeOrders(req, await memberScope(req))
  const shown = status ? orders.filter((order) => order.to_ship === (status === "to_ship")) : orders
  res.json({ orders: shown, count: shown.length })
}
