"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { z } from "zod"

import { cartErrorCode, type CartErrorCode } from "@/lib/data/backend-errors"
import { createCart, retrieveCart } from "@/lib/data/cart"
import { authHeaders, setCartId } from "@/lib/data/cookies"
import { getSdk } from "@/lib/data/sdk"

import { formText } from "./form-fields"
import { fail, ok, type ActionResult } from "./result"

export type CartResult = ActionResult<{ itemCount: number }, CartErrorCode | "invalid_input">

const quantity = z.number().int().min(1).max(99)

/** Runs one cart call; a failure becomes a code the buyer can read, success refreshes the page. */
async function cartCall(
  call: (
    cart: HttpTypes.StoreCart,
    headers: Record<string, string>
  ) => Promise<HttpTypes.StoreCartResponse | CartErrorCode>,
  { create = false } = {}
): Promise<CartResult> {
  try {
    let cart = await retrieveCart()
    if (!cart) {
      if (!create) return fail("cart_not_found")
      cart = await createCart()
      await setCartId(cart.id)
    }
    const updated = await call(cart, await authHeaders("customer"))
    if (typeof updated === "string") return fail(updated)
    refresh()
    return ok({ itemCount: (updated.cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0) })
  } catch (error) {
    return fail(cartErrorCode(error))
  }
}

const AddToCart = z.object({ variantId: z.string().min(1), quantity })

export async function addToCart(input: z.input<typeof AddToCart>): Promise<CartResult> {
  const parsed = AddToCart.safeParse(input)
  if (!parsed.success) return fail("invalid_input", String(parsed.error.issues[0]?.path[0]))
  const { variantId, quantity: count } = parsed.data
  return cartCall(
    (cart, headers) =>
      getSdk().client.fetch(`/store/carts/${cart.id}/line-items`, {
        method: "POST",
        body: { variant_id: variantId, quantity: count },
        headers,
      }),
    { create: true }
  )
}

const UpdateLine = z.object({ lineId: z.string().min(1), quantity })

export async function updateLineItem(input: z.input<typeof UpdateLine>): Promise<CartResult> {
  const parsed = UpdateLine.safeParse(input)
  if (!parsed.success) return fail("invalid_input", String(parsed.error.issues[0]?.path[0]))
  const { lineId, quantity: count } = parsed.data
  return cartCall((cart, headers) =>
    getSdk().client.fetch(`/store/carts/${cart.id}/line-items/${lineId}`, {
      method: "POST",
      body: { quantity: count },
      headers,
    })
  )
}

const RemoveLine = z.object({ lineId: z.string().min(1) })

export async function removeLineItem(input: z.input<typeof RemoveLine>): Promise<CartResult> {
  const parsed = RemoveLine.safeParse(input)
  if (!parsed.success) return fail("invalid_input", "lineId")
  return cartCall(async (cart, headers) => {
    // Deleting answers the parent cart rather than the cart itself.
    const { parent } = await getSdk().client.fetch<HttpTypes.StoreLineItemDeleteResponse>(
      `/store/carts/${cart.id}/line-items/${parsed.data.lineId}`,
      { method: "DELETE", headers }
    )
    return { cart: parent as HttpTypes.StoreCart }
  })
}

const PromotionCode = z.object({ code: z.string().trim().min(1).max(60) })

export async function applyPromotionCode(input: z.input<typeof PromotionCode>): Promise<CartResult> {
  const parsed = PromotionCode.safeParse(input)
  if (!parsed.success) return fail("invalid_input", "code")
  const code = parsed.data.code
  return cartCall(async (cart, headers) => {
    const updated = await getSdk().client.fetch<HttpTypes.StoreCartResponse>(
      `/store/carts/${cart.id}/promotions`,
      { method: "POST", body: { promo_codes: [code] }, headers }
    )
    // Medusa accepts an unknown code silently; the buyer must hear that it did nothing.
    const applied = updated.cart.promotions.some((promotion) => promotion.code === code)
    return applied ? updated : "invalid_promotion"
  })
}

export async function removePromotionCode(input: z.input<typeof PromotionCode>): Promise<CartResult> {
  const parsed = PromotionCode.safeParse(input)
  if (!parsed.success) return fail("invalid_input", "code")
  return cartCall((cart, headers) =>
    getSdk().client.fetch(`/store/carts/${cart.id}/promotions`, {
      method: "DELETE",
      body: { promo_codes: [parsed.data.code] },
      headers,
    })
  )
}

// Form versions (useActionState + <form action>), so the cart works before and without client JS.

export async function addToCartForm(_previous: CartResult | null, form: FormData) {
  return addToCart({
    variantId: formText(form, "variantId"),
    quantity: Number(formText(form, "quantity") || "1"),
  })
}

export async function updateLineItemForm(_previous: CartResult | null, form: FormData) {
  return updateLineItem({ lineId: formText(form, "lineId"), quantity: Number(formText(form, "quantity")) })
}

export async function removeLineItemForm(_previous: CartResult | null, form: FormData) {
  return removeLineItem({ lineId: formText(form, "lineId") })
}

export async function applyPromotionCodeForm(_previous: CartResult | null, form: FormData) {
  return applyPromotionCode({ code: formText(form, "code") })
}

export async function removePromotionCodeForm(_previous: CartResult | null, form: FormData) {
  return removePromotionCode({ code: formText(form, "code") })
}
