import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { formatPrice } from "@/lib/util/format-price"
import { OrderAidSummary } from "@/modules/order/components/order-aid-summary"
import { OrderLines } from "@/modules/order/components/order-lines"
import type { OrderAidModel } from "@/modules/order/lib/order-aid"

import { formatOrderDate, orderStatusLabel } from "../lib/order-status"

type OrderDetailProps = {
  locale: Locale
  messages: Messages
  order: HttpTypes.StoreOrder
  title: string
  aid: OrderAidModel
}

export function OrderDetailTemplate({ locale, messages, order, title, aid }: OrderDetailProps) {
  const text = messages.account.orders
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <Link
        href={`/${locale}/account`}
        className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline"
      >
        ← {text.back}
      </Link>
      <header>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-sm text-stone-500">
          {formatOrderDate(order.created_at, locale)} · {orderStatusLabel(order, messages.account.status)}
        </p>
      </header>
      <OrderAidSummary model={aid} messages={messages.order} />
      <section aria-labelledby="detail-items" className="rounded-2xl border border-stone-200 bg-white p-5">
        <h2 id="detail-items" className="text-lg font-semibold">
          {messages.order.items}
        </h2>
        <OrderLines lines={aid.lines} messages={messages.order} />
        <p className="flex justify-between border-t border-stone-200 pt-3 font-semibold">
          <span>{text.total}</span>
          <span className="tabular-nums">{formatPrice(order.total, order.currency_code)}</span>
        </p>
      </section>
    </main>
  )
}
