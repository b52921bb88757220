import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"

import type { OrderAidModel } from "../lib/order-aid"
import { LedgerRefresher } from "./ledger-refresher"

/** The counties an order helped, with amounts from the aid ledger. */
export function OrderAidSummary({ model, messages }: { model: OrderAidModel; messages: Messages["order"] }) {
  return (
    <section
      aria-labelledby="helped-heading"
      className="rounded-2xl border border-emerald-200 bg-emerald-50 p-5"
    >
      <h2 id="helped-heading" className="text-lg font-semibold text-emerald-900">
        {messages.helpedTitle}
      </h2>
      {model.counties.length > 0 ? (
        <>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2" data-testid="helped-counties">
            {model.counties.map((county) => (
              <li
                key={county.id}
                className="flex items-baseline justify-between rounded-xl bg-white px-4 py-3"
              >
                <span className="font-medium">{county.name}</span>
                <span className="tabular-nums text-emerald-800">{county.amount}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-emerald-900">
            {format(messages.helpedTotal, { count: model.counties.length, amount: model.net })}
          </p>
        </>
      ) : null}
      {model.recorded ? null : (
        <div className="mt-3">
          <LedgerRefresher waiting={messages.recording} slow={messages.recordingSlow} />
        </div>
      )}
    </section>
  )
}
