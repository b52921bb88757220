import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MemberScope } from "../member-scope"

type Line = {
  id: string
  product_id: string | null
  title: string
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  quantity: number
  unit_price: number
  detail?: { fulfilled_quantity?: number; shipped_quantity?: number } | null
}
type OrderRow = {
  id: string
  display_id: number
  created_at: string
  status: string
  email: string | null
  shipping_address: Record<string, unknown> | null
  items: Line[]
}

export type CooperativeOrder = Omit<OrderRow, "items" | "email"> & {
  lines: (Omit<Line, "detail" | "product_id"> & { shipped_quantity: number })[]
  to_ship: boolean
}

const addressFields = [
  "first_name",
  "last_name",
  "phone",
  "province",
  "city",
  "address_1",
  "address_2",
  "postal_code",
]

/** Orders holding the cooperative's own products, with only those lines and where to send them. */
export async function cooperativeOrders(
  req: AuthenticatedMedusaRequest,
  scope: MemberScope,
  orderId?: string
): Promise<CooperativeOrder[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: cooperatives } = await query.graph({
    entity: "cooperative",
    fields: ["products.id"],
    filters: { id: scope.cooperative.id },
  })
  const productIds = ((cooperatives[0]?.products ?? []) as { id: string }[]).map((product) => product.id)
  if (!productIds.length) return []
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "status",
      ...addressFields.map((field) => `shipping_address.${field}`),
      "items.*",
      "items.detail.fulfilled_quantity",
      "items.detail.shipped_quantity",
    ],
    // Filtering on the lines' products is supported at runtime but not in Medusa's generated filter types.
    filters: { items: { product_id: productIds }, ...(orderId ? { id: orderId } : {}) } as Record<
      string,
      unknown
    >,
    pagination: { order: { created_at: "DESC" } },
  })
  const own = new Set(productIds)
  return (data as unknown as OrderRow[])
    .filter((order) => order.status !== "canceled" && order.status !== "draft")
    .map(({ items, email: _email, ...order }) => {
      const lines = items
        .filter((item) => item.product_id && own.has(item.product_id))
        .map(({ detail, product_id: _product, ...line }) => ({
          ...line,
          shipped_quantity: Number(detail?.fulfilled_quantity ?? 0),
        }))
      return { ...order, lines, to_ship: lines.some((line) => line.shipped_quantity < Number(line.quantity)) }
    })
    .filter((order) => order.lines.length)
}
