import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import type { CatalogResult } from "@/lib/data/catalog"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

import { HomeHero } from "../components/home-hero"
import { ProductCard } from "../components/product-card"
import { ProductGrid } from "../components/product-grid"
import { toProductCardModel } from "../lib/product-card-model"

type HomeTemplateProps = {
  locale: Locale
  messages: Messages
  catalog: CatalogResult
}

function CatalogContent({ locale, messages, catalog }: HomeTemplateProps) {
  if (catalog.status === "unavailable") {
    return (
      <StatusMessage
        role="alert"
        title={messages.errors.unavailableTitle}
        body={messages.errors.unavailableBody}
        // A plain link reloads the page, so retrying works without client JS.
        action={
          <a href={`/${locale}`} className={statusActionClassName}>
            {messages.errors.retry}
          </a>
        }
      />
    )
  }

  if (catalog.products.length === 0) {
    return (
      <StatusMessage role="status" title={messages.catalog.emptyTitle} body={messages.catalog.emptyBody} />
    )
  }

  return (
    <ProductGrid>
      {catalog.products.map((product) => (
        <li key={product.id}>
          <ProductCard
            product={toProductCardModel(product, locale, catalog.currencyCode)}
            messages={messages.catalog}
          />
        </li>
      ))}
    </ProductGrid>
  )
}

export function HomeTemplate(props: HomeTemplateProps) {
  return (
    <main>
      <HomeHero messages={props.messages.home} />
      <section aria-labelledby="products-heading" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
        <h2 id="products-heading" className="mb-4 text-lg font-semibold text-stone-900">
          {props.messages.home.productsHeading}
        </h2>
        <CatalogContent {...props} />
      </section>
    </main>
  )
}
