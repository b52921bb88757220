import type { HttpTypes } from "@medusajs/types"

import type { Messages } from "@/i18n/messages"
import { formatPrice } from "@/lib/util/format-price"

import type { Choice } from "../components/choice-form"
import { isSupportedProvider } from "./payment"

type ShippingOptionLike = Pick<HttpTypes.StoreCartShippingOption, "id" | "name" | "amount"> & {
  type?: { code?: string | null } | null
}

/** Delivery options in the buyer's words: the seeded codes have catalogue names, others keep Medusa's. */
export function shippingChoices(
  options: ShippingOptionLike[],
  messages: Messages["checkout"],
  currencyCode: string
): Choice[] {
  const named = messages.shippingOptions
  // Cheapest first, so the option chosen by default is the free one.
  return [...options]
    .sort((a, b) => a.amount - b.amount)
    .map((option) => {
      const code = option.type?.code
      const known = code === "standard" || code === "express" ? code : null
      return {
        id: option.id,
        label: known ? named[known] : option.name,
        hint: known ? named[`${known}Hint`] : undefined,
        price: option.amount === 0 ? messages.free : formatPrice(option.amount, currencyCode),
      }
    })
}

/** The providers the region offers that this storefront can complete an order with. */
export function paymentChoices(providers: { id: string }[], messages: Messages["checkout"]): Choice[] {
  return providers
    .map((provider) => provider.id)
    .filter(isSupportedProvider)
    .map((id) => ({ id, label: messages.providers[id], hint: messages.providers[`${id}_hint`] }))
}
