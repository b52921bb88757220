import "server-only"

import { listAidRegions, listCooperatives } from "./aid"
import { CACHE_TAGS } from "./cache-tags"
import { listKinds } from "./categories"
import { listProductsByIds, requireCatalogRegion } from "./products"
import { cachedRead, getSdk } from "./sdk"
import type { CatalogProduct, StoreAidRegion, StoreKind, StorePublicCooperative } from "./types"

/** The query of GET /store/aid/products, less the pricing region this module adds. */
export type ProductListingQuery = {
  region?: string
  county?: string
  cooperative?: string
  kind?: string
  certified?: true
  price_min?: string
  price_max?: string
  sort?: "newest" | "price_asc" | "price_desc"
  page?: number
  limit?: number
}

type ListingIds = { product_ids: string[]; count: number; page: number; limit: number }

export type ProductPage = {
  products: CatalogProduct[]
  count: number
  page: number
  limit: number
  currencyCode: string
}

/**
 * One page of the listing: the backend filters and orders the ids (aid places, cooperative, kind, certified,
 * price), then Medusa's product API reads those products with their yuan prices.
 */
export async function listProducts(listing: ProductListingQuery): Promise<ProductPage> {
  const region = await requireCatalogRegion()
  const query = Object.fromEntries(
    Object.entries({
      ...listing,
      certified: listing.certified ? "1" : undefined,
      region_id: region.id,
    }).filter(([, value]) => value !== undefined)
  )
  const ids = await getSdk().client.fetch<ListingIds>("/store/aid/products", {
    query,
    ...cachedRead(CACHE_TAGS.products),
  })
  return {
    products: await listProductsByIds(ids.product_ids, region.id),
    count: ids.count,
    page: ids.page,
    limit: ids.limit,
    currencyCode: region.currency_code,
  }
}

export type ListingData = {
  page: ProductPage
  regions: StoreAidRegion[]
  cooperatives: StorePublicCooperative[]
  kinds: StoreKind[]
}

/** The listing page: one page of products and what the filter form offers. */
export async function getListingData(listing: ProductListingQuery): Promise<ListingData> {
  const [page, regions, cooperatives, kinds] = await Promise.all([
    listProducts(listing),
    listAidRegions(),
    listCooperatives(),
    listKinds(),
  ])
  return { page, regions, cooperatives, kinds }
}
