import "server-only"

import { CACHE_TAGS } from "./cache-tags"
import { cachedRead, getSdk } from "./sdk"
import type { StoreKind } from "./types"

/** The kinds of goods (Medusa product categories, top level), for the home page and the listing filter. */
export async function listKinds(): Promise<StoreKind[]> {
  const { product_categories } = await getSdk().client.fetch<{ product_categories: StoreKind[] }>(
    "/store/product-categories",
    {
      query: { fields: "id,handle,name,metadata", parent_category_id: "null", limit: 50 },
      ...cachedRead(CACHE_TAGS.products),
    }
  )
  return product_categories
}
