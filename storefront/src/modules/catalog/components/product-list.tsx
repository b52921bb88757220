import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import type { CatalogProduct } from "@/lib/data/types"

import { toProductCardModel } from "../lib/product-card-model"
import { ProductCard } from "./product-card"
import { ProductGrid } from "./product-grid"

type ProductListProps = {
  locale: Locale
  products: CatalogProduct[]
  currencyCode: string
  messages: Messages["catalog"]
  /** Load the first row eagerly when the grid is the page's main content. */
  eager?: boolean
}

// Four cards are the first row on a desktop and the first two rows on a phone.
const EAGER_CARDS = 4

export function ProductList({ locale, products, currencyCode, messages, eager = false }: ProductListProps) {
  return (
    <ProductGrid>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard
            product={toProductCardModel(product, locale, currencyCode)}
            href={`/${locale}/products/${product.handle}`}
            messages={messages}
            eager={eager && index < EAGER_CARDS}
          />
        </li>
      ))}
    </ProductGrid>
  )
}
