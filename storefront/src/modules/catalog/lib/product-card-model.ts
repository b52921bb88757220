import type { HttpTypes } from "@medusajs/types"

import type { CatalogProduct, StoreCooperative } from "@/lib/data/types"
import type { Locale } from "@/i18n/config"
import { formatPrice } from "@/lib/util/format-price"

/** Everything a product card shows, already in the reader's language. */
export type ProductCardModel = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  /** Formatted lowest variant price ("¥68.00"), or null when no variant has a price in the region. */
  price: string | null
  /** Null when the product is not sold by a cooperative. */
  cooperative: { name: string; county: string | null } | null
}

type PricedVariant = {
  calculated_price?: Pick<HttpTypes.StoreCalculatedPrice, "calculated_amount" | "currency_code"> | null
}

/** The fields of a catalog product the card reads (a full CatalogProduct fits). */
export type ProductCardSource = Pick<
  CatalogProduct,
  "id" | "handle" | "title" | "thumbnail" | "metadata" | "cooperative"
> & {
  variants?: PricedVariant[] | null
}

function inLocale(locale: Locale, chinese: string, english: string | null | undefined): string {
  return locale === "en" && english ? english : chinese
}

function lowestPrice(product: ProductCardSource, fallbackCurrency: string): string | null {
  let lowest: { amount: number; currency: string } | null = null
  for (const variant of product.variants ?? []) {
    const price = variant.calculated_price
    const amount = price?.calculated_amount
    if (typeof amount !== "number") continue
    if (!lowest || amount < lowest.amount) {
      lowest = { amount, currency: price?.currency_code ?? fallbackCurrency }
    }
  }
  return lowest ? formatPrice(lowest.amount, lowest.currency) : null
}

function cooperativeLine(cooperative: StoreCooperative | null | undefined, locale: Locale) {
  if (!cooperative) return null
  const county = cooperative.county
  return {
    name: inLocale(locale, cooperative.name, cooperative.name_en),
    county: county ? inLocale(locale, county.name, county.name_en) : null,
  }
}

export function toProductCardModel(
  product: ProductCardSource,
  locale: Locale,
  currencyCode: string
): ProductCardModel {
  const titleEn = product.metadata?.title_en
  return {
    id: product.id,
    handle: product.handle,
    title: inLocale(locale, product.title, typeof titleEn === "string" ? titleEn : null),
    thumbnail: product.thumbnail || null,
    price: lowestPrice(product, currencyCode),
    cooperative: cooperativeLine(product.cooperative, locale),
  }
}
