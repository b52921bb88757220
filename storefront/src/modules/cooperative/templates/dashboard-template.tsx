import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { CooperativeOrder, ImpactMonth, MemberProduct, MemberScope } from "@/lib/data/cooperative-types"
import { formatPrice } from "@/lib/util/format-price"

import { PageHeading } from "../components/page-heading"
import { StatCard } from "../components/stat-card"
import { cardClass, primaryButton, textLink } from "../components/styles"
import { currentMonth, formatDateTime, formatMonth } from "../lib/format"
import { portalPath } from "../lib/paths"
import { LOW_STOCK, lowStockVariants } from "../lib/stock"

type DashboardTemplateProps = {
  locale: Locale
  messages: Messages
  member: MemberScope
  products: MemberProduct[]
  toShip: CooperativeOrder[]
  months: ImpactMonth[]
}

export function DashboardTemplate({
  locale,
  messages,
  member,
  products,
  toShip,
  months,
}: DashboardTemplateProps) {
  const words = messages.portal.dashboard
  const month = currentMonth()
  const thisMonth = months.find((each) => each.month === month)
  const low = lowStockVariants(products)
  const title = (product: MemberProduct) =>
    locale === "en" ? product.metadata?.title_en || product.title : product.title
  return (
    <>
      <PageHeading
        title={format(words.greeting, { name: member.member.name })}
        intro={format(words.thisMonth, { month: formatMonth(locale, month) })}
        action={
          <Link href={portalPath(locale, "/products/new")} className={primaryButton}>
            {words.newProduct}
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard
          label={words.sales}
          value={formatPrice(thisMonth?.net ?? 0, "cny")}
          hint={words.salesHint}
        />
        <StatCard
          label={words.certified}
          value={formatPrice(thisMonth?.certified_net ?? 0, "cny")}
          hint={words.certifiedHint}
        />
        <StatCard
          label={words.toShip}
          value={String(toShip.length)}
          href={`${portalPath(locale, "/orders")}?status=to_ship`}
          highlight={toShip.length > 0}
        />
        <StatCard
          label={words.lowStock}
          value={String(low.length)}
          hint={format(words.lowStockHint, { count: LOW_STOCK })}
          href={portalPath(locale, "/products")}
          highlight={low.length > 0}
        />
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="to-ship-heading" className={cardClass}>
          <h2 id="to-ship-heading" className="mb-3 text-base font-semibold text-stone-900">
            {words.toShipHeading}
          </h2>
          {toShip.length === 0 ? (
            <p className="text-sm text-stone-600">{words.toShipEmpty}</p>
          ) : (
            <ul className="divide-y divide-stone-100">
              {toShip.slice(0, 5).map((order) => (
                <li key={order.id} className="py-2 text-sm">
                  <p className="font-medium text-stone-900">
                    {format(messages.portal.orders.order, { number: order.display_id })}
                    <span className="ml-2 text-xs font-normal text-stone-500">
                      {formatDateTime(locale, order.created_at)}
                    </span>
                  </p>
                  <p className="text-stone-600">
                    {order.lines
                      .map(
                        (line) =>
                          `${line.product_title ?? line.title} ${format(messages.portal.orders.quantity, { count: line.quantity })}`
                      )
                      .join("，")}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Link href={`${portalPath(locale, "/orders")}?status=to_ship`} className={textLink}>
            {words.allOrders}
          </Link>
        </section>
        <section aria-labelledby="low-stock-heading" className={cardClass}>
          <h2 id="low-stock-heading" className="mb-3 text-base font-semibold text-stone-900">
            {words.lowStockHeading}
          </h2>
          {low.length === 0 ? (
            <p className="text-sm text-stone-600">{words.lowStockEmpty}</p>
          ) : (
            <ul className="divide-y divide-stone-100">
              {low.slice(0, 8).map(({ product, variant }) => (
                <li key={variant.id} className="flex items-center justify-between gap-2 py-1 text-sm">
                  <span className="min-w-0">
                    <span className="block truncate font-medium text-stone-900">{title(product)}</span>
                    <span className="block text-xs text-stone-500">
                      {locale === "en" ? variant.metadata?.title_en || variant.title : variant.title} ·{" "}
                      {format(words.available, { count: variant.available_quantity })}
                    </span>
                  </span>
                  <Link
                    href={portalPath(locale, `/products/${product.id}`)}
                    className={`${textLink} shrink-0`}
                  >
                    {words.restock}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
