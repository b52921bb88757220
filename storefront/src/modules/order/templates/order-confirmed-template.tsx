import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { formatPrice } from "@/lib/util/format-price"
import { primaryButton, secondaryButton } from "@/modules/common/components/button-styles"

import { OrderAidSummary } from "../components/order-aid-summary"
import { OrderLines } from "../components/order-lines"
import type { OrderAidModel } from "../lib/order-aid"

type OrderConfirmedProps = {
  locale: Locale
  messages: Messages
  order: HttpTypes.StoreOrder
  aid: OrderAidModel
  signedIn: boolean
}

export function OrderConfirmedTemplate({ locale, messages, order, aid, signedIn }: OrderConfirmedProps) {
  const text = messages.order
  const address = order.shipping_address
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{text.confirmedTitle}</h1>
        <p className="text-stone-600">
          {format(text.confirmedBody, { number: `#${order.display_id}`, email: order.email ?? "" })}
        </p>
      </header>
      <OrderAidSummary model={aid} messages={text} />
      <section aria-labelledby="items-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="items-heading" className="text-lg font-semibold">
          {text.items}
        </h2>
        <OrderLines lines={aid.lines} messages={text} />
        <p className="flex justify-between border-t border-stone-200 pt-3 font-semibold">
          <span>{text.total}</span>
          <span className="tabular-nums">{formatPrice(order.total, order.currency_code)}</span>
        </p>
      </section>
      {address ? (
        <section
          aria-labelledby="address-heading"
          className="rounded-2xl border border-stone-200 bg-white p-5"
        >
          <h2 id="address-heading" className="text-lg font-semibold">
            {text.shippingTo}
          </h2>
          <address className="mt-2 text-sm text-stone-700 not-italic">
            {address.first_name} · {address.phone}
            <br />
            {[address.province, address.city, address.address_2, address.address_1].filter(Boolean).join(" ")}
          </address>
        </section>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href={`/${locale}/products`} className={primaryButton}>
          {text.continueShopping}
        </Link>
        {signedIn ? (
          <Link href={`/${locale}/account/orders/${order.id}`} className={secondaryButton}>
            {text.viewAccount}
          </Link>
        ) : null}
      </div>
    </main>
  )
}
