"use server"

import type { HttpTypes } from "@medusajs/types"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"

import { backendMessage, backendStatus, isBackendFailure } from "@/lib/data/backend-errors"
import { CACHE_TAGS } from "@/lib/data/cache-tags"
import { retrieveCart } from "@/lib/data/cart"
import { authHeaders, removeCartId, setPlacedOrder } from "@/lib/data/cookies"
import { getSdk } from "@/lib/data/sdk"
import {
  addressFields,
  parseAddress,
  toMedusaAddress,
  type AddressErrorCode,
  type AddressField,
} from "@/modules/checkout/lib/address-schema"
import { SUPPORTED_PAYMENT_PROVIDERS } from "@/modules/checkout/lib/payment"

import { formLocale, formText } from "./form-fields"

export type CheckoutErrorCode =
  | "shipping_required"
  | "payment_required"
  | "out_of_stock"
  | "payment_failed"
  | "cart_not_found"
  | "unavailable"
  | "unexpected"

export type CheckoutState = {
  error?: CheckoutErrorCode
  fieldErrors?: Partial<Record<AddressField, AddressErrorCode>>
  values?: Record<AddressField, string>
} | null

/** What a failed checkout call means to the buyer. */
function checkoutError(error: unknown): CheckoutErrorCode {
  if (!isBackendFailure(error)) throw error
  const status = backendStatus(error)
  if (status === undefined || status >= 500) return "unavailable"
  if (status === 404) return "cart_not_found"
  return /inventory|stock/i.test(backendMessage(error)) ? "out_of_stock" : "unexpected"
}

/** Runs one step's calls against the open cart; on success goes on to `next`. */
async function step(
  form: FormData,
  next: string,
  call: (cart: HttpTypes.StoreCart, headers: Record<string, string>) => Promise<CheckoutState | undefined>
): Promise<CheckoutState> {
  const locale = formLocale(form)
  try {
    const cart = await retrieveCart()
    if (!cart) return { error: "cart_not_found" }
    const refused = await call(cart, await authHeaders("customer"))
    if (refused) return refused
  } catch (error) {
    return { error: checkoutError(error) }
  }
  // Outside the try: redirect() works by throwing.
  redirect(`/${locale}/checkout?step=${next}`)
}

export async function saveAddress(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const values = Object.fromEntries(addressFields.map((field) => [field, formText(form, field)])) as Record<
    AddressField,
    string
  >
  const parsed = parseAddress(values)
  if (!parsed.ok) return { fieldErrors: parsed.errors, values }
  const address = toMedusaAddress(parsed.address)
  return step(form, "shipping", async (cart, headers) => {
    await getSdk().client.fetch(`/store/carts/${cart.id}`, {
      method: "POST",
      body: { email: parsed.address.email, shipping_address: address, billing_address: address },
      headers,
    })
    return undefined
  })
}

const OptionId = z.string().min(1)

export async function chooseShipping(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const option = OptionId.safeParse(formText(form, "optionId"))
  if (!option.success) return { error: "shipping_required" }
  return step(form, "payment", async (cart, headers) => {
    await getSdk().client.fetch(`/store/carts/${cart.id}/shipping-methods`, {
      method: "POST",
      body: { option_id: option.data },
      headers,
    })
    return undefined
  })
}

const ProviderId = z.enum(SUPPORTED_PAYMENT_PROVIDERS)

export async function choosePayment(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const provider = ProviderId.safeParse(formText(form, "providerId"))
  if (!provider.success) return { error: "payment_required" }
  return step(form, "review", async (cart, headers) => {
    let collectionId = cart.payment_collection?.id
    if (!collectionId) {
      const { payment_collection } = await getSdk().client.fetch<HttpTypes.StorePaymentCollectionResponse>(
        "/store/payment-collections",
        { method: "POST", body: { cart_id: cart.id }, headers }
      )
      collectionId = payment_collection.id
    }
    await getSdk().client.fetch(`/store/payment-collections/${collectionId}/payment-sessions`, {
      method: "POST",
      body: { provider_id: provider.data },
      headers,
    })
    return undefined
  })
}

type CompleteResponse =
  | { type: "order"; order: HttpTypes.StoreOrder }
  | { type: "cart"; cart: HttpTypes.StoreCart; error: { message: string } }

export async function placeOrder(_previous: CheckoutState, form: FormData): Promise<CheckoutState> {
  const locale = formLocale(form)
  let orderId: string
  try {
    const cart = await retrieveCart()
    if (!cart) return { error: "cart_not_found" }
    if (!cart.shipping_methods?.length) return { error: "shipping_required" }
    const completed = await getSdk().client.fetch<CompleteResponse>(`/store/carts/${cart.id}/complete`, {
      method: "POST",
      headers: await authHeaders("customer"),
    })
    if (completed.type === "cart") {
      return { error: /inventory|stock/i.test(completed.error.message) ? "out_of_stock" : "payment_failed" }
    }
    orderId = completed.order.id
    // The guest's proof for the confirmation page; the cart itself is done.
    await setPlacedOrder(orderId, cart.id)
    await removeCartId()
    // The sale took stock and moved the aid counter: this buyer must not see the old figures.
    updateTag(CACHE_TAGS.products)
    updateTag(CACHE_TAGS.impact)
  } catch (error) {
    return { error: checkoutError(error) }
  }
  redirect(`/${locale}/order/${orderId}/confirmed`)
}
