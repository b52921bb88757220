import type { HttpTypes } from "@medusajs/types"

import type { Messages } from "@/i18n/messages"
import { formatPrice } from "@/lib/util/format-price"

type CartTotalsProps = {
  cart: Pick<
    HttpTypes.StoreCart,
    "item_subtotal" | "discount_total" | "shipping_total" | "total" | "currency_code" | "shipping_methods"
  >
  messages: Pick<Messages["cart"], "subtotal" | "discount" | "shipping" | "shippingLater" | "total">
}

/** Medusa's own totals, formatted; the storefront never adds money up itself. */
export function CartTotals({ cart, messages }: CartTotalsProps) {
  const money = (amount: number) => formatPrice(amount, cart.currency_code)
  const hasShipping = (cart.shipping_methods?.length ?? 0) > 0
  return (
    <dl className="space-y-2 text-sm">
      <div className="flex justify-between">
        <dt className="text-stone-600">{messages.subtotal}</dt>
        <dd className="tabular-nums">{money(cart.item_subtotal)}</dd>
      </div>
      {cart.discount_total > 0 ? (
        <div className="flex justify-between text-emerald-700">
          <dt>{messages.discount}</dt>
          <dd className="tabular-nums" data-testid="cart-discount">
            −{money(cart.discount_total)}
          </dd>
        </div>
      ) : null}
      <div className="flex justify-between">
        <dt className="text-stone-600">{messages.shipping}</dt>
        <dd className="tabular-nums">{hasShipping ? money(cart.shipping_total) : messages.shippingLater}</dd>
      </div>
      <div className="flex justify-between border-t border-stone-200 pt-2 text-base font-semibold">
        <dt>{messages.total}</dt>
        <dd className="tabular-nums" data-testid="cart-total">
          {money(cart.total)}
        </dd>
      </div>
    </dl>
  )
}
