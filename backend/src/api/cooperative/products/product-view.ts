import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ownProduct, type MemberScope } from "../member-scope"
import { memberProductFields } from "./fields"

type Level = { location_id: string; stocked_quantity: number | string; reserved_quantity: number | string }
type RawVariant = {
  id: string
  title: string
  sku: string | null
  metadata: Record<string, unknown> | null
  created_at: string | Date
  prices?: { id: string; amount: number | string; currency_code: string }[] | null
  inventory_items?:
    | {
        inventory_item_id: string
        inventory?: { location_levels?: Level[] | null } | null
      }[]
    | null
}
export type RawMemberProduct = Record<string, unknown> & {
  id: string
  created_at: string | Date
  images?: { id: string; url: string; rank: number }[] | null
  variants?: RawVariant[] | null
}

/** One variant as a member manages it: its yuan price and its stock at the cooperative's own location. */
function toMemberVariant(variant: RawVariant, locationId: string | null) {
  const { prices, inventory_items, ...rest } = variant
  const level = inventory_items?.[0]?.inventory?.location_levels?.find((l) => l.location_id === locationId)
  const stocked = Number(level?.stocked_quantity ?? 0)
  const reserved = Number(level?.reserved_quantity ?? 0)
  const cny = prices?.find((price) => price.currency_code === "cny")
  return {
    ...rest,
    price: cny ? Number(cny.amount) : null,
    stocked_quantity: stocked,
    reserved_quantity: reserved,
    available_quantity: Math.max(stocked - reserved, 0),
  }
}

/** A listing as the portal shows it: pictures in order, variants oldest first with price and stock. */
export function toMemberProduct(product: RawMemberProduct, locationId: string | null) {
  const { images, variants, ...rest } = product
  return {
    ...rest,
    images: [...(images ?? [])].sort((a, b) => a.rank - b.rank).map(({ id, url }) => ({ id, url })),
    variants: [...(variants ?? [])]
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      .map((variant) => toMemberVariant(variant, locationId)),
  }
}

/** One of the member's own listings in the portal's shape, or 404. */
export async function memberProduct(req: AuthenticatedMedusaRequest, scope: MemberScope, id: string) {
  const product = (await ownProduct(req, scope, id, memberProductFields)) as RawMemberProduct
  return toMemberProduct(product, scope.cooperative.stock_location_id)
}
