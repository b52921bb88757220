/**
 * Payment providers this storefront can take an order through. Medusa's system provider settles outside
 * the shop (pay on delivery, bank transfer); Stripe's Payment Element joins with the payment work.
 */
export const SUPPORTED_PAYMENT_PROVIDERS = ["pp_system_default"] as const
export type SupportedPaymentProvider = (typeof SUPPORTED_PAYMENT_PROVIDERS)[number]

export function isSupportedProvider(id: string): id is SupportedPaymentProvider {
  return (SUPPORTED_PAYMENT_PROVIDERS as readonly string[]).includes(id)
}
