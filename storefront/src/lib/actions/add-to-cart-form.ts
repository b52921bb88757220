"use server"

import { addToCart } from "./cart"

export type AddToCartResult = Awaited<ReturnType<typeof addToCart>>

/**
 * The product page's form as a server action, so adding to the cart works before (or without) client JS;
 * addToCart validates the input and words every failure as a code.
 */
export async function addToCartFromForm(
  _previous: AddToCartResult | null,
  form: FormData
): Promise<AddToCartResult> {
  const variantId = form.get("variantId")
  const quantity = Number(form.get("quantity") ?? "1")
  return addToCart({ variantId: typeof variantId === "string" ? variantId : "", quantity })
}
