import "server-only"

import { backendStatus } from "./backend-errors"
import { CACHE_TAGS } from "./cache-tags"
import { cachedRead, getSdk } from "./sdk"
import type { AidImpact, StoreAidRegion, StoreAidRegionDetail, StorePublicCooperative } from "./types"

/** The whole aid tree, provinces first, with pairings and cooperatives (GET /store/aid/regions). */
export async function listAidRegions(): Promise<StoreAidRegion[]> {
  const { regions } = await getSdk().client.fetch<{ regions: StoreAidRegion[] }>("/store/aid/regions", {
    ...cachedRead(CACHE_TAGS.aid),
  })
  return regions
}

/** One region by its code (or id), or null when there is none. */
export async function getAidRegion(code: string): Promise<StoreAidRegionDetail | null> {
  try {
    const { region } = await getSdk().client.fetch<{ region: StoreAidRegionDetail }>(
      `/store/aid/regions/${encodeURIComponent(code)}`,
      { ...cachedRead(CACHE_TAGS.aid) }
    )
    return region
  } catch (error) {
    if (backendStatus(error) === 404) return null
    throw error
  }
}

const COOPERATIVES_PAGE = 100

/** Every cooperative with its place, for the listing's filter. */
export async function listCooperatives(): Promise<StorePublicCooperative[]> {
  const { cooperatives } = await getSdk().client.fetch<{ cooperatives: StorePublicCooperative[] }>(
    "/store/aid/cooperatives",
    { query: { limit: COOPERATIVES_PAGE }, ...cachedRead(CACHE_TAGS.aid) }
  )
  return cooperatives
}

/** One cooperative by handle, or null when there is none. */
export async function getCooperative(handle: string): Promise<StorePublicCooperative | null> {
  try {
    const { cooperative } = await getSdk().client.fetch<{ cooperative: StorePublicCooperative }>(
      `/store/aid/cooperatives/${encodeURIComponent(handle)}`,
      { ...cachedRead(CACHE_TAGS.aid) }
    )
    return cooperative
  } catch (error) {
    if (backendStatus(error) === 404) return null
    throw error
  }
}

/** The running public aid counter: overall and per province, prefecture and county. */
export async function getAidImpact(): Promise<AidImpact> {
  return getSdk().client.fetch<AidImpact>("/store/aid/impact", { ...cachedRead(CACHE_TAGS.impact) })
}
