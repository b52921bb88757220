export const checkoutSteps = ["address", "shipping", "payment", "review"] as const
export type CheckoutStep = (typeof checkoutSteps)[number]

type CartProgress = {
  email?: string | null
  shipping_address?: { address_1?: string | null } | null
  shipping_methods?: unknown[] | null
  payment_collection?: { payment_sessions?: unknown[] | null } | null
}

/** Which steps the cart has already been through, read from the cart itself (nothing kept aside). */
export function stepsDone(cart: CartProgress): Record<CheckoutStep, boolean> {
  return {
    address: Boolean(cart.email && cart.shipping_address?.address_1),
    shipping: (cart.shipping_methods?.length ?? 0) > 0,
    payment: (cart.payment_collection?.payment_sessions?.length ?? 0) > 0,
    review: false,
  }
}

/** The step to show: the one asked for, unless an earlier step still has to be done first. */
export function currentStep(requested: string | undefined, cart: CartProgress): CheckoutStep {
  const done = stepsDone(cart)
  const firstOpen = checkoutSteps.find((step) => !done[step]) ?? "review"
  const asked = checkoutSteps.find((step) => step === requested)
  if (!asked) return firstOpen
  return checkoutSteps.indexOf(asked) <= checkoutSteps.indexOf(firstOpen) ? asked : firstOpen
}
