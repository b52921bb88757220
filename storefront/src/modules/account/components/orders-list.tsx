import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { formatPrice } from "@/lib/util/format-price"
import { statusActionClassName } from "@/modules/common/components/status-message"

import { formatOrderDate, orderStatusLabel } from "../lib/order-status"

type OrdersListProps = { locale: Locale; orders: HttpTypes.StoreOrder[]; messages: Messages["account"] }

export function OrdersList({ locale, orders, messages }: OrdersListProps) {
  const text = messages.orders
  return (
    <section aria-labelledby="orders-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
      <h2 id="orders-heading" className="text-lg font-semibold">
        {text.title}
      </h2>
      {orders.length === 0 ? (
        <div role="status" className="mt-3 space-y-1 text-sm text-stone-600">
          <p className="font-medium text-stone-800">{text.emptyTitle}</p>
          <p>{text.emptyBody}</p>
          <Link href={`/${locale}/products`} className={statusActionClassName}>
            {text.browse}
          </Link>
        </div>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200" data-testid="account-orders">
          {orders.map((order) => (
            <li key={order.id}>
              <Link
                href={`/${locale}/account/orders/${order.id}`}
                aria-label={format(text.view, { number: `#${order.display_id}` })}
                className="flex min-h-14 flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3 hover:bg-stone-50"
              >
                <span className="font-medium">#{order.display_id}</span>
                <span className="text-sm text-stone-500">{formatOrderDate(order.created_at, locale)}</span>
                <span className="text-sm">{orderStatusLabel(order, messages.status)}</span>
                <span className="tabular-nums">{formatPrice(order.total, order.currency_code)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
