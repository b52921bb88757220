import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shipCooperativeLinesWorkflow } from "../../../../../workflows/cooperative-product"
import { memberScope } from "../../../member-scope"
import { cooperativeOrders } from "../../own-lines"
import type { CooperativeShipLinesType } from "../../validators"

/** Ships the cooperative's own lines of an order (all still to ship, or the ones listed) with a tracking number. */
export const POST = async (
  req: AuthenticatedMedusaRequest<CooperativeShipLinesType>,
  res: MedusaResponse
) => {
  const scope = await memberScope(req)
  const [order] = await cooperativeOrders(req, scope, req.params.id ?? "")
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const open = new Map(order.lines.map((line) => [line.id, Number(line.quantity) - line.shipped_quantity]))
  const { carrier, tracking_number, items } = req.validatedBody
  const toShip = items ?? [...open].filter(([, left]) => left > 0).map(([id, quantity]) => ({ id, quantity }))
  for (const item of toShip) {
    // A line of another cooperative is not this member's to see.
    if (!open.has(item.id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order line ${item.id} was not found`)
    }
    if (item.quantity > (open.get(item.id) ?? 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `items quantity for ${item.id} is more than is left to ship`
      )
    }
  }
  if (!toShip.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Every line of this order is already shipped")
  }
  await shipCooperativeLinesWorkflow(req.scope).run({
    input: {
      order_id: order.id,
      location_id: scope.cooperative.stock_location_id ?? "",
      member_id: scope.member.id,
      carrier,
      tracking_number,
      items: toShip,
    },
  })
  const [shipped] = await cooperativeOrders(req, scope, order.id)
  res.status(201).json({ order: shipped })
}
