import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import { shipOrder } from "@/lib/actions/cooperative-orders"
import type { CooperativeOrder } from "@/lib/data/cooperative-types"
import { formatPrice } from "@/lib/util/format-price"

import { formatDateTime } from "../lib/format"
import { ShipForm } from "./ship-form"
import { cardClass } from "./styles"

type OrderCardProps = { locale: Locale; messages: Messages; order: CooperativeOrder }

/** One order as the cooperative sees it: its own lines, where to send them, and the parcels or the ship form. */
export function OrderCard({ locale, messages, order }: OrderCardProps) {
  const words = messages.portal.orders
  const address = order.shipping_address
  const name = [address?.last_name, address?.first_name].filter(Boolean).join("")
  const place = [
    address?.province,
    address?.city,
    address?.address_1,
    address?.address_2,
    address?.postal_code,
  ]
    .filter((part, index, parts) => part && parts.indexOf(part) === index)
    .join(" ")
  return (
    <article className={`${cardClass} space-y-4`} data-testid="portal-order">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-stone-900">
          {format(words.order, { number: order.display_id })}
        </h2>
        <p className="text-xs text-stone-500">
          {format(words.placedAt, { date: formatDateTime(locale, order.created_at) })}
        </p>
      </header>
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200">
        {order.lines.map((line) => (
          <li key={line.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
            <div className="min-w-0">
              <p className="font-medium text-stone-900">{line.product_title ?? line.title}</p>
              <p className="text-xs text-stone-500">
                {[line.variant_title, line.variant_sku, formatPrice(line.unit_price, "cny")]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
            <div className="text-right">
              <p className="font-semibold text-stone-900">
                {format(words.quantity, { count: line.quantity })}
              </p>
              {line.shipped_quantity > 0 ? (
                <p className="text-xs text-green-800">
                  {format(words.shippedCount, { shipped: line.shipped_quantity, total: line.quantity })}
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {address ? (
        <div className="text-sm">
          <h3 className="font-medium text-stone-800">{words.shipTo}</h3>
          <p className="text-stone-700">{name}</p>
          {address.phone ? (
            <p>
              <span className="sr-only">{words.phone} </span>
              <a
                href={`tel:${address.phone}`}
                className="inline-flex min-h-11 items-center text-brand-700 underline"
              >
                {address.phone}
              </a>
            </p>
          ) : null}
          <p className="text-stone-700">{place}</p>
        </div>
      ) : null}
      {order.parcels.length ? (
        <ul className="space-y-1 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-900">
          {order.parcels.map((parcel) => (
            <li key={parcel.id}>
              <span className="font-medium">
                {format(words.parcel, {
                  carrier: parcel.carrier ?? "—",
                  tracking: parcel.tracking_number ?? "—",
                })}
              </span>
              {parcel.shipped_at ? (
                <span className="block text-xs text-green-800">
                  {format(words.parcelShippedAt, { date: formatDateTime(locale, parcel.shipped_at) })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {order.to_ship ? (
        <ShipForm
          action={shipOrder.bind(null, { id: order.id, displayId: order.display_id })}
          orderId={order.id}
          locale={locale}
          messages={{
            orders: words,
            carriers: messages.portal.carriers,
            fieldErrors: messages.portal.fieldErrors,
            errors: messages.portal.errors,
          }}
        />
      ) : (
        <p className="text-sm text-stone-600">{words.allShipped}</p>
      )}
    </article>
  )
}
