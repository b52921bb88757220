import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { OrderStatus } from "@/lib/data/cooperative"
import type { CooperativeOrder } from "@/lib/data/cooperative-types"
import { StatusMessage } from "@/modules/common/components/status-message"

import { Notice } from "../components/notice"
import { OrderCard } from "../components/order-card"
import { PageHeading } from "../components/page-heading"
import { portalPath } from "../lib/paths"

type OrdersTemplateProps = {
  locale: Locale
  messages: Messages
  status: OrderStatus
  orders: CooperativeOrder[]
  /** The number of the order just shipped, to confirm it. */
  shipped?: string
}

export function OrdersTemplate({ locale, messages, status, orders, shipped }: OrdersTemplateProps) {
  const words = messages.portal.orders
  const tabs = [
    { status: "to_ship", label: words.toShipTab },
    { status: "shipped", label: words.shippedTab },
  ] as const
  return (
    <>
      <PageHeading title={words.title} intro={words.intro} />
      {shipped ? (
        <div className="mb-4">
          <Notice tone="success">
            {format(words.order, { number: shipped })} · {words.shipped}
          </Notice>
        </div>
      ) : null}
      <nav aria-label={words.tabsLabel} className="mb-4">
        <ul className="inline-grid grid-cols-2 rounded-full bg-stone-200 p-1">
          {tabs.map((tab) => (
            <li key={tab.status}>
              <Link
                href={`${portalPath(locale, "/orders")}?status=${tab.status}`}
                aria-current={tab.status === status ? "page" : undefined}
                className={`flex min-h-11 items-center justify-center rounded-full px-5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-brand-600 ${
                  tab.status === status
                    ? "bg-white text-stone-900 shadow-sm"
                    : "text-stone-600 hover:text-stone-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {orders.length === 0 ? (
        <StatusMessage
          role="status"
          title={status === "to_ship" ? words.emptyToShip : words.emptyShipped}
          body={words.emptyBody}
        />
      ) : (
        <ul className="space-y-4">
          {orders.map((order) => (
            <li key={order.id}>
              <OrderCard locale={locale} messages={messages} order={order} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
