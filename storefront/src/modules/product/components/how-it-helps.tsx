import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import { formatList } from "@/lib/util/format-list"

import type { ProductPageModel } from "../lib/product-model"

type HowItHelpsProps = {
  locale: Locale
  product: ProductPageModel
  /** The donor districts paired with the product's county (or the places above it). */
  donors: string[]
  messages: Messages["product"]
}

/** Which county and cooperative this purchase is counted for, and whether it counts as certified aid. */
export function HowItHelps({ locale, product, donors, messages }: HowItHelpsProps) {
  const { cooperative, certificate } = product
  if (!cooperative) {
    return (
      <section aria-labelledby="helps-heading" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="helps-heading" className="text-base font-semibold text-stone-900">
          {messages.helpsHeading}
        </h2>
        <p className="mt-1 text-sm leading-relaxed text-stone-700">{messages.notAid}</p>
      </section>
    )
  }
  const county = cooperative.county?.name ?? ""
  return (
    <section
      aria-labelledby="helps-heading"
      className="space-y-2 rounded-xl border border-brand-100 bg-brand-50 p-4"
    >
      <h2 id="helps-heading" className="text-base font-semibold text-stone-900">
        {messages.helpsHeading}
      </h2>
      <div className="space-y-2 text-sm leading-relaxed text-stone-800">
        <p>
          {format(messages.helpsBody, {
            county,
            cooperative: cooperative.name,
            households: cooperative.households,
          })}
        </p>
        {donors.length > 0 && (
          <p>{format(messages.helpsPairing, { county, donors: formatList(donors, locale) })}</p>
        )}
        <p>{certificate ? messages.helpsCertified : messages.helpsNotCertified}</p>
      </div>
    </section>
  )
}
