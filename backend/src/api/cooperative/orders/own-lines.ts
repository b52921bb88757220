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
type Fulfillment = {
  id: string
  created_at: string
  shipped_at: string | null
  metadata: Record<string, unknown> | null
  labels?: { tracking_number: string }[] | null
  items?: { line_item_id: string; quantity: number }[] | null
}
type OrderRow = {
  id: string
  display_id: number
  created_at: string
  status: string
  email: string | null
  shipping_address: Record<string, unknown> | null
  items: Line[]
  fulfillments?: Fulfillment[] | null
}

/** A parcel the cooperative sent: carrier, tracking number and which of its lines it held. */
export type CooperativeParcel = {
  id: string
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  items: { line_item_id: string; quantity: number }[]
}

export type CooperativeOrder = Omit<OrderRow, "items" | "email" | "fulfillments"> & {
  lines: (Omit<Line, "detail" | "product_id"> & { shipped_quantity: number })[]
  parcels: CooperativeParcel[]
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
      "fulfillments.id",
      "fulfillments.created_at",
      "fulfillments.shipped_at",
      "fulfillments.metadata",
      "fulfillments.labels.tracking_number",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
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
    .map(({ items, email: _email, fulfillments, ...order }) => {
      const lines = items
        .filter((item) => item.product_id && own.has(item.product_id))
        .map(({ detail, product_id: _product, ...line }) => ({
          ...line,
          shipped_quantity: Number(detail?.fulfilled_quantity ?? 0),
        }))
      const lineIds = new Set(lines.map((line) => line.id))
      const to_ship = lines.some((line) => line.shipped_quantity < Number(line.quantity))
      return { ...order, lines, parcels: ownParcels(fulfillments ?? [], lineIds), to_ship }
    })
    .filter((order) => order.lines.length)
}

/** The order's parcels that hold this cooperative's lines (another cooperative's parcels stay theirs). */
function ownParcels(fulfillments: Fulfillment[], lineIds: Set<string>): CooperativeParcel[] {
  return fulfillments
    .map((fulfillment) => ({
      id: fulfillment.id,
      carrier: typeof fulfillment.metadata?.carrier === "string" ? fulfillment.metadata.carrier : null,
      tracking_number: fulfillment.labels?.[0]?.tracking_number ?? null,
      shipped_at: fulfillment.shipped_at,
      items: (fulfillment.items ?? [])
        .filter((item) => lineIds.has(item.line_item_id))
        .map((item) => ({ line_item_id: item.line_item_id, quantity: Number(item.quantity) })),
    }))
    .filter((parcel) => parcel.items.length)
}
