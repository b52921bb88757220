import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { ImpactMonth } from "@/lib/data/cooperative-types"
import { formatPrice } from "@/lib/util/format-price"
import { StatusMessage } from "@/modules/common/components/status-message"

import { PageHeading } from "../components/page-heading"
import { StatCard } from "../components/stat-card"
import { cardClass } from "../components/styles"
import { formatMonth, sumYuan } from "../lib/format"

type ImpactTemplateProps = { locale: Locale; messages: Messages; months: ImpactMonth[] }

export function ImpactTemplate({ locale, messages, months }: ImpactTemplateProps) {
  const words = messages.portal.impact
  if (months.length === 0) {
    return (
      <>
        <PageHeading title={words.title} intro={words.intro} />
        <StatusMessage role="status" title={words.emptyTitle} body={words.emptyBody} />
      </>
    )
  }
  const total = (pick: (month: ImpactMonth) => number) => sumYuan(months.map(pick))
  const largest = Math.max(...months.map((month) => month.gross), 1)
  const newestFirst = [...months].reverse()
  return (
    <>
      <PageHeading title={words.title} intro={words.intro} />
      <h2 className="mb-2 text-sm font-medium text-stone-600">{words.total}</h2>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard
          label={words.net}
          value={formatPrice(
            total((month) => month.net),
            "cny"
          )}
          highlight
        />
        <StatCard
          label={words.certified}
          value={formatPrice(
            total((month) => month.certified_net),
            "cny"
          )}
        />
        <StatCard label={words.orders} value={String(months.reduce((sum, month) => sum + month.orders, 0))} />
        <StatCard label={words.items} value={String(months.reduce((sum, month) => sum + month.items, 0))} />
      </div>
      <section aria-labelledby="months-heading" className={`${cardClass} mt-6`}>
        <h2 id="months-heading" className="mb-3 text-base font-semibold text-stone-900">
          {words.monthsHeading}
        </h2>
        <ul className="divide-y divide-stone-100">
          {newestFirst.map((month) => (
            <li key={month.month} className="space-y-1 py-3 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-medium text-stone-900">{formatMonth(locale, month.month)}</h3>
                <span className="text-xs text-stone-500">
                  {format(words.ordersAndItems, { orders: month.orders, items: month.items })}
                </span>
              </div>
              {/* The bar is the month's sales against the best month; the figures say the same in words. */}
              <div className="h-2 overflow-hidden rounded-full bg-stone-100" aria-hidden="true">
                <div
                  className="h-full rounded-full bg-brand-600"
                  style={{ width: `${(month.gross / largest) * 100}%` }}
                />
              </div>
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
                {(
                  [
                    [words.gross, month.gross],
                    [words.reversals, month.reversals],
                    [words.net, month.net],
                    [words.certified, month.certified_net],
                  ] as const
                ).map(([label, amount]) => (
                  <div key={label}>
                    <dt className="text-xs text-stone-500">{label}</dt>
                    <dd className="font-medium tabular-nums text-stone-900">{formatPrice(amount, "cny")}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
