import "server-only"

import { getAidImpact, getAidRegion, getCooperative } from "./aid"
import { isBackendFailure } from "./backend-errors"
import { listProducts, type ProductPage } from "./listing"
import type { AidImpact, StoreAidRegionDetail, StorePublicCooperative } from "./types"

// Two rows on a desktop; the rest are one link away in the listing.
const PLACE_PRODUCTS = 8
// A cooperative's page shows all its goods (a cooperative lists a handful).
const COOPERATIVE_PRODUCTS = 48

/** The counter's figures, or null when only the ledger cannot answer: the place is still worth showing. */
async function impactOrNull(): Promise<AidImpact | null> {
  try {
    return await getAidImpact()
  } catch (error) {
    if (!isBackendFailure(error)) throw error
    return null
  }
}

export type RegionPageData = { region: StoreAidRegionDetail; impact: AidImpact | null; products: ProductPage }

/** A region by code with its totals and first products; null when there is no such region. */
export async function getRegionPageData(code: string): Promise<RegionPageData | null> {
  const region = await getAidRegion(code)
  if (!region) return null
  // A county filters by county; a province or prefecture by everything below it.
  const place = region.level === "county" ? { county: region.code } : { region: region.code }
  const [impact, products] = await Promise.all([
    impactOrNull(),
    listProducts({ ...place, limit: PLACE_PRODUCTS }),
  ])
  return { region, impact, products }
}

export type CooperativePageData = { cooperative: StorePublicCooperative; products: ProductPage }

/** A cooperative by handle with its goods; null when there is no such cooperative. */
export async function getCooperativePageData(handle: string): Promise<CooperativePageData | null> {
  const cooperative = await getCooperative(handle)
  if (!cooperative) return null
  const products = await listProducts({ cooperative: cooperative.handle, limit: COOPERATIVE_PRODUCTS })
  return { cooperative, products }
}
