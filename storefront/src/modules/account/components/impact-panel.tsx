import type { Messages } from "@/i18n/messages"
import type { MyImpact } from "@/lib/data/aid-types"
import { formatPrice } from "@/lib/util/format-price"

/** "My impact": the customer's own totals and the counties their purchases were counted for. */
export function ImpactPanel({
  impact,
  messages,
}: {
  impact: MyImpact
  messages: Messages["account"]["impact"]
}) {
  const money = (amount: number) => formatPrice(amount, impact.currency_code)
  const figures = [
    { label: messages.net, value: money(impact.totals.net) },
    { label: messages.orders, value: String(impact.totals.orders) },
    { label: messages.counties, value: String(impact.totals.counties) },
  ]
  return (
    <section
      aria-labelledby="impact-heading"
      className="rounded-2xl border border-emerald-200 bg-emerald-50 p-5"
    >
      <h2 id="impact-heading" className="text-lg font-semibold text-emerald-900">
        {messages.title}
      </h2>
      {impact.regions.length === 0 ? (
        <div role="status" className="mt-2 text-sm text-emerald-900">
          <p className="font-medium">{messages.emptyTitle}</p>
          <p>{messages.emptyBody}</p>
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-emerald-900">{messages.intro}</p>
          <dl className="mt-4 grid grid-cols-3 gap-2" data-testid="impact-totals">
            {figures.map((figure) => (
              <div key={figure.label} className="rounded-xl bg-white p-3">
                <dt className="text-xs text-stone-500">{figure.label}</dt>
                <dd className="text-lg font-semibold tabular-nums">{figure.value}</dd>
              </div>
            ))}
          </dl>
          <table className="mt-4 w-full text-left text-sm" data-testid="impact-regions">
            <thead className="text-stone-500">
              <tr>
                <th scope="col" className="py-2 font-normal">
                  {messages.county}
                </th>
                <th scope="col" className="py-2 text-right font-normal">
                  {messages.net}
                </th>
                <th scope="col" className="py-2 text-right font-normal">
                  {messages.items}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-emerald-100">
              {impact.regions.map((region) => (
                <tr key={region.county_id}>
                  <th scope="row" className="py-2 font-medium">
                    {region.county_name}
                    <span className="block text-xs font-normal text-stone-500">
                      {[region.province_name, region.prefecture_name].filter(Boolean).join(" · ")}
                    </span>
                  </th>
                  <td className="py-2 text-right tabular-nums">{money(region.net)}</td>
                  <td className="py-2 text-right tabular-nums">{region.items}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
