import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { CACHE_TAGS } from "./cache-tags"
import { cachedRead, getSdk } from "./sdk"

const CATALOG_CURRENCY = "cny"

export async function listRegions(): Promise<HttpTypes.StoreRegion[]> {
  const { regions } = await getSdk().client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: {
      fields: "id,name,currency_code",
    } satisfies HttpTypes.StoreRegionFilters,
    ...cachedRead(CACHE_TAGS.regions),
  })
  return regions
}

/** The region whose prices the shop shows (yuan); null when the backend has none. */
export async function getCatalogRegion(): Promise<HttpTypes.StoreRegion | null> {
  const regions = await listRegions()
  return regions.find((region) => region.currency_code === CATALOG_CURRENCY) ?? null
}
