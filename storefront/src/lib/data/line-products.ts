import "server-only"

import { CACHE_TAGS } from "./cache-tags"
import { PRODUCT_COOPERATIVE_FIELDS } from "./products"
import { cachedRead, getSdk } from "./sdk"
import type { StoreCooperative } from "./types"

/** What a cart or order line needs beyond the line itself: English names and the cooperative it helps. */
export type LineProduct = {
  id: string
  metadata?: { title_en?: unknown } | null
  cooperative?: StoreCooperative | null
  variants?: { id: string; metadata?: { title_en?: unknown } | null }[] | null
}

const LINE_PRODUCT_FIELDS = [
  "id",
  "metadata",
  // "*variants": Medusa leaves variant metadata out when it is asked for as "variants.metadata".
  "*variants",
  ...PRODUCT_COOPERATIVE_FIELDS,
].join(",")

/** The products behind some cart or order lines, by id (public data, cached like the catalog). */
export async function listLineProducts(
  lines: { product_id?: string | null }[]
): Promise<Map<string, LineProduct>> {
  const unique = [...new Set(lines.flatMap((line) => (line.product_id ? [line.product_id] : [])))].sort()
  if (unique.length === 0) return new Map()
  const { products } = await getSdk().client.fetch<{ products: LineProduct[] }>("/store/products", {
    query: { id: unique, fields: LINE_PRODUCT_FIELDS, limit: unique.length },
    ...cachedRead(CACHE_TAGS.products),
  })
  return new Map(products.map((product) => [product.id, product]))
}
