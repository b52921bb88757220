import "server-only"

import { listAidRegions } from "./aid"
import { listKinds } from "./categories"
import { listProducts, type ProductPage } from "./listing"
import type { StoreAidRegion, StoreKind } from "./types"

// Two rows on a desktop, four on a phone.
const FEATURED_PRODUCTS = 8

export type HomeData = {
  regions: StoreAidRegion[]
  kinds: StoreKind[]
  featured: ProductPage
}

/** The home page's places, kinds and featured products: the newest certified aid goods, else the newest. */
export async function getHomeData(): Promise<HomeData> {
  const [regions, kinds, certified] = await Promise.all([
    listAidRegions(),
    listKinds(),
    listProducts({ certified: true, limit: FEATURED_PRODUCTS }),
  ])
  const featured = certified.count > 0 ? certified : await listProducts({ limit: FEATURED_PRODUCTS })
  return { regions, kinds, featured }
}
