import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { AID_LEDGER_MODULE } from "../../../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../../../modules/aid-ledger/service"
import type { StoreAidOrderParamsType } from "../validators"

type OrderOwner = { id: string; customer_id: string | null; cart?: { id: string } | null }

const publicEntry = [
  "id",
  "kind",
  "line_item_id",
  "product_id",
  "product_title",
  "variant_title",
  "quantity",
  "amount",
  "occurred_at",
  "cooperative_id",
  "cooperative_name",
  "county_id",
  "county_name",
  "prefecture_name",
  "province_name",
  "certified",
  "certificate_number",
] as const

/** The aid lines of one order, for its signed-in customer or the guest holding the cart it came from. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "cart.id"],
    filters: { id: req.params.id ?? "" },
  })
  const order = data[0] as OrderOwner | undefined
  const { cart_id } = req.validatedQuery as StoreAidOrderParamsType
  const customerId = req.auth_context?.actor_id
  const isOwner = !!order && !!customerId && order.customer_id === customerId
  const heldCart = !!order && !!cart_id && order.cart?.id === cart_id
  if (!order || !(isOwner || heldCart)) {
    // Someone else's order looks exactly like one that does not exist.
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const ledger = req.scope.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
  const entries = await ledger.listContributions({ order_id: order.id }, { order: { occurred_at: "ASC" } })
  const contributions = entries.map((entry) => {
    const picked = Object.fromEntries(publicEntry.map((field) => [field, entry[field]]))
    return { ...picked, amount: Number(entry.amount) }
  })
  const net = MathBN.sum(0, ...entries.map((entry) => entry.amount)).toNumber()
  res.json({ order_id: order.id, currency_code: entries[0]?.currency_code ?? "cny", net, contributions })
}
