import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { AidFigures as Figures } from "@/lib/data/types"
import { formatPrice } from "@/lib/util/format-price"

type AidFiguresProps = {
  figures: Figures
  currencyCode: string
  messages: Messages["counter"]
  /** Said instead of zeros, which would read like a failure. */
  zero: { title: string; body: string }
  tone?: "light" | "brand"
}

/** Net aid purchases, orders and households supported; a sentence instead when nothing is sold yet. */
export function AidFigures({ figures, currencyCode, messages, zero, tone = "light" }: AidFiguresProps) {
  const brand = tone === "brand"
  if (figures.orders === 0) {
    return (
      <div className={brand ? "text-white" : "text-stone-700"}>
        <p className="font-semibold">{zero.title}</p>
        <p className={`mt-1 text-sm leading-relaxed ${brand ? "text-white/90" : "text-stone-600"}`}>
          {zero.body}
        </p>
      </div>
    )
  }
  const items = [
    { label: messages.net, value: formatPrice(figures.net, currencyCode) },
    { label: messages.orders, value: format(messages.ordersValue, { count: figures.orders }) },
    { label: messages.households, value: format(messages.householdsValue, { count: figures.households }) },
  ]
  return (
    <dl className="grid grid-cols-3 gap-3">
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className={`text-xs ${brand ? "text-white/85" : "text-stone-600"}`}>{item.label}</dt>
          <dd
            className={`mt-1 truncate text-lg font-bold tabular-nums sm:text-2xl ${brand ? "text-white" : "text-stone-900"}`}
          >
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
