import "server-only"

import { getAidRegion } from "./aid"
import { getProductByHandle, requireCatalogRegion } from "./products"
import type { CatalogProduct, StorePairing } from "./types"

export type ProductPageData = {
  product: CatalogProduct
  currencyCode: string
  /** The pairings over the product's county (on it or on the places above it). */
  pairings: StorePairing[]
}

/** One product by handle with its yuan prices, stock and the pairings of its county; null when there is none. */
export async function getProductPageData(handle: string): Promise<ProductPageData | null> {
  const region = await requireCatalogRegion()
  const product = await getProductByHandle(handle, region.id)
  if (!product) return null
  const countyCode = product.cooperative?.county?.code
  const county = countyCode ? await getAidRegion(countyCode) : null
  return { product, currencyCode: region.currency_code, pairings: county?.pairings ?? [] }
}
