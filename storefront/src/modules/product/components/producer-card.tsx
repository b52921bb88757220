import Image from "next/image"
import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import { shopFileUrl } from "@/lib/util/shop-file-url"

import type { ProductPageModel } from "../lib/product-model"

type ProducerCardProps = {
  locale: Locale
  cooperative: NonNullable<ProductPageModel["cooperative"]>
  messages: Messages
}

/** The cooperative that made it: picture, name, county, households, and a link to its page. */
export function ProducerCard({ locale, cooperative, messages }: ProducerCardProps) {
  return (
    <section aria-labelledby="producer-heading" className="rounded-xl border border-stone-200 bg-white p-4">
      <h2 id="producer-heading" className="text-xs font-medium text-stone-600">
        {messages.product.cooperativeHeading}
      </h2>
      <div className="mt-2 flex items-start gap-3">
        <div className="relative size-16 shrink-0 overflow-hidden rounded-lg bg-stone-100">
          {cooperative.logo && (
            <Image src={shopFileUrl(cooperative.logo)} alt="" fill sizes="4rem" className="object-cover" />
          )}
        </div>
        <div className="min-w-0 space-y-0.5 text-sm">
          <p className="font-semibold text-stone-900">{cooperative.name}</p>
          {cooperative.county && (
            <p className="text-stone-700">
              {messages.catalog.countyLabel}{" "}
              <Link
                href={`/${locale}/regions/${cooperative.county.code}`}
                className="text-brand-700 underline-offset-4 hover:underline"
              >
                {cooperative.county.name}
              </Link>
            </p>
          )}
          <p className="text-stone-700">
            {format(messages.region.householdsSupported, { count: cooperative.households })}
          </p>
          <Link
            href={`/${locale}/cooperatives/${cooperative.handle}`}
            className="inline-flex min-h-9 items-center font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            {messages.product.cooperativeLink} →
          </Link>
        </div>
      </div>
    </section>
  )
}
