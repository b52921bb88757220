import type { HttpTypes } from "@medusajs/types"

import type { Messages } from "@/i18n/messages"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import type { CartLineModel } from "@/modules/cart/lib/line-model"

type OrderSummaryProps = {
  cart: HttpTypes.StoreCart
  lines: CartLineModel[]
  messages: Messages
}

/** The checkout's side panel: what is bought, what it costs, and the counties it will help. */
export function OrderSummary({ cart, lines, messages }: OrderSummaryProps) {
  const counties = [...new Set(lines.flatMap((line) => (line.helps ? [line.helps.county] : [])))]
  return (
    <aside
      aria-labelledby="order-summary"
      className="h-fit space-y-4 rounded-2xl border border-stone-200 bg-white p-5 lg:sticky lg:top-20"
    >
      <h2 id="order-summary" className="text-lg font-semibold">
        {messages.cart.summary}
      </h2>
      <ul className="space-y-2 text-sm">
        {lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-3">
            <span className="min-w-0">
              {line.title}
              {line.variant ? <span className="text-stone-500"> · {line.variant}</span> : null}
              <span className="text-stone-500"> × {line.quantity}</span>
            </span>
            <span className="tabular-nums">{line.total}</span>
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} messages={messages.cart} />
      {counties.length > 0 ? (
        <div className="rounded-xl bg-emerald-50 p-3 text-sm text-emerald-900">
          <p className="font-medium">{messages.checkout.helpsTitle}</p>
          <p data-testid="checkout-helps">{counties.join("、")}</p>
        </div>
      ) : null}
    </aside>
  )
}
