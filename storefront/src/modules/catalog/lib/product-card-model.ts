import type { HttpTypes } from "@medusajs/types"

import type { Locale } from "@/i18n/config"
import type { CatalogProduct, StoreCooperative } from "@/lib/data/types"
import { formatPrice } from "@/lib/util/format-price"
import { localized } from "@/lib/util/localized"
import { isSoldOut, type StockedVariant } from "@/lib/util/stock-state"

/** Everything a product card shows, already in the reader's language. */
export type ProductCardModel = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** Formatted lowest variant price ("¥68.00"), or null when no variant has a price in the region. */
  price: string | null
  /** True when the variants cost different amounts, so the price reads "from ¥68.00". */
  priceFrom: boolean
  /** Null when the product is not sold by a cooperative. */
  cooperative: { name: string; county: string | null } | null
  /** Carries a 消费帮扶产品认定 certificate. */
  certified: boolean
  soldOut: boolean
}

type PricedVariant = StockedVariant & {
  calculated_price?: Pick<HttpTypes.StoreCalculatedPrice, "calculated_amount" | "currency_code"> | null
}

/** The fields of a catalog product the card reads (a full CatalogProduct fits). */
export type ProductCardSource = Pick<
  CatalogProduct,
  "id" | "handle" | "title" | "thumbnail" | "metadata" | "cooperative" | "certificate"
> & {
  variants?: PricedVariant[] | null
}

function lowestPrice(product: ProductCardSource, fallbackCurrency: string) {
  let lowest: { amount: number; currency: string } | null = null
  const amounts = new Set<number>()
  for (const variant of product.variants ?? []) {
    const price = variant.calculated_price
    const amount = price?.calculated_amount
    if (typeof amount !== "number") continue
    amounts.add(amount)
    if (!lowest || amount < lowest.amount) {
      lowest = { amount, currency: price?.currency_code ?? fallbackCurrency }
    }
  }
  return {
    price: lowest ? formatPrice(lowest.amount, lowest.currency) : null,
    priceFrom: amounts.size > 1,
  }
}

function cooperativeLine(cooperative: StoreCooperative | null | undefined, locale: Locale) {
  if (!cooperative) return null
  const county = cooperative.county
  return {
    name: localized(locale, cooperative.name, cooperative.name_en),
    county: county ? localized(locale, county.name, county.name_en) : null,
  }
}

/** The product's title in the reader's language (English lives in metadata.title_en). */
export function productTitle(product: Pick<CatalogProduct, "title" | "metadata">, locale: Locale): string {
  const titleEn = product.metadata?.title_en
  return localized(locale, product.title, typeof titleEn === "string" ? titleEn : null)
}

export function toProductCardModel(
  product: ProductCardSource,
  locale: Locale,
  currencyCode: string
): ProductCardModel {
  return {
    id: product.id,
    handle: product.handle,
    title: productTitle(product, locale),
    thumbnail: product.thumbnail || null,
    ...lowestPrice(product, currencyCode),
    cooperative: cooperativeLine(product.cooperative, locale),
    certified: !!product.certificate,
    soldOut: isSoldOut(product.variants),
  }
}
