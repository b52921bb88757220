import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import type { ProductPage } from "@/lib/data/listing"
import { ProductList } from "@/modules/catalog/components/product-list"

type PlaceProductsProps = {
  locale: Locale
  messages: Messages["catalog"]
  products: ProductPage
  text: { heading: string; empty: string; seeAll: string }
  /** The listing filtered to this place, where every product of it is. */
  allHref: string
  /** On a page whose first screen shows the grid, its first pictures load at once. */
  eager?: boolean
}

/** A region's or a cooperative's products, with the way to all of them in the listing. */
export function PlaceProducts({ locale, messages, products, text, allHref, eager }: PlaceProductsProps) {
  return (
    <section aria-labelledby="products-heading">
      <h2 id="products-heading" className="mb-3 text-lg font-semibold text-stone-900">
        {text.heading}
      </h2>
      {products.count === 0 ? (
        <p className="text-sm text-stone-600">{text.empty}</p>
      ) : (
        <>
          <ProductList
            locale={locale}
            products={products.products}
            currencyCode={products.currencyCode}
            messages={messages}
            eager={eager}
          />
          <Link
            href={allHref}
            className="mt-4 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            {text.seeAll} →
          </Link>
        </>
      )}
    </section>
  )
}
