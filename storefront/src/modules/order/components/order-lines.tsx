import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"

import type { OrderLineModel } from "../lib/order-aid"

/** Each line of an order with the county and cooperative it helped, and the amount counted. */
export function OrderLines({ lines, messages }: { lines: OrderLineModel[]; messages: Messages["order"] }) {
  return (
    <ul className="divide-y divide-stone-200" data-testid="order-lines">
      {lines.map((line) => (
        <li key={line.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 py-3">
          <div className="min-w-0">
            <p className="font-medium">
              {line.title}
              {line.variant ? <span className="font-normal text-stone-500"> · {line.variant}</span> : null}
              <span className="font-normal text-stone-500"> × {line.quantity}</span>
            </p>
            <p className="text-sm text-emerald-800" data-testid="order-line-aid">
              {line.aid
                ? format(messages.lineHelps, { county: line.aid.county, cooperative: line.aid.cooperative })
                : messages.lineNotAid}
              {line.aid ? <span className="ml-2 tabular-nums">{line.aid.amount}</span> : null}
              {line.aid?.reversed ? <span className="ml-2 text-stone-500">({messages.reversed})</span> : null}
            </p>
          </div>
          <p className="tabular-nums">{line.total}</p>
        </li>
      ))}
    </ul>
  )
}
