import "server-only"

import { isBackendFailure } from "./backend-errors"
import { listCatalogProducts } from "./products"
import { getCatalogRegion } from "./regions"
import type { CatalogProduct } from "./types"

export type CatalogResult =
  { status: "ok"; currencyCode: string; products: CatalogProduct[] } | { status: "unavailable" }

/**
 * The home page's products in the CNY region. Backend failures become `unavailable` so the page can
 * render a server-side message (visible without JS); anything else is a bug and reaches error.tsx.
 */
export async function getHomeCatalog(): Promise<CatalogResult> {
  try {
    const region = await getCatalogRegion()
    if (!region) {
      console.error("[catalog] the backend has no region with currency cny; cannot price products")
      return { status: "unavailable" }
    }
    const products = await listCatalogProducts(region.id)
    return { status: "ok", currencyCode: region.currency_code, products }
  } catch (error) {
    if (!isBackendFailure(error)) throw error
    console.error("[catalog] backend request failed:", error instanceof Error ? error.message : error)
    return { status: "unavailable" }
  }
}
