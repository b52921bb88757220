import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { authHeaders } from "./cookies"
import { getSdk, personalRead } from "./sdk"

/** Delivery options for this cart, priced by Medusa for its address and items. */
export async function listShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await getSdk().client.fetch<HttpTypes.StoreShippingOptionListResponse>(
    "/store/shipping-options",
    { query: { cart_id: cartId }, headers: await authHeaders("customer"), ...personalRead() }
  )
  return shipping_options
}

/** Payment providers enabled in the cart's region. */
export async function listPaymentProviders(regionId: string): Promise<HttpTypes.StorePaymentProvider[]> {
  const { payment_providers } = await getSdk().client.fetch<HttpTypes.StorePaymentProviderListResponse>(
    "/store/payment-providers",
    { query: { region_id: regionId }, ...personalRead() }
  )
  return payment_providers
}
