import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { backendStatus } from "./backend-errors"
import { authHeaders, getCartId } from "./cookies"
import { getCatalogRegion } from "./regions"
import { getSdk, personalRead } from "./sdk"

// Everything the cart, checkout and header read: lines, totals, promotions, address, shipping, payment.
const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "customer_id",
  "completed_at",
  "total",
  "subtotal",
  "item_subtotal",
  "discount_total",
  "shipping_total",
  "tax_total",
  "*items",
  "*promotions",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")

/** The shopper's open cart, or null when there is none (never made, completed, or gone from the backend). */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  try {
    const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(`/store/carts/${id}`, {
      query: { fields: CART_FIELDS },
      headers: await authHeaders("customer"),
      ...personalRead(),
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (backendStatus(error) === 404) return null
    throw error
  }
}

/** Units in the cart, for the header badge; 0 when the backend cannot say. */
export async function cartItemCount(): Promise<number> {
  const cart = await retrieveCart().catch(() => null)
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

/** Creates a cart in the yuan region for the shopper (as the signed-in customer when there is one). */
export async function createCart(): Promise<HttpTypes.StoreCart> {
  const region = await getCatalogRegion()
  if (!region) throw new Error("The backend has no region with currency cny")
  const { cart } = await getSdk().client.fetch<HttpTypes.StoreCartResponse>("/store/carts", {
    method: "POST",
    body: { region_id: region.id },
    headers: await authHeaders("customer"),
  })
  return cart
}
