import type { HttpTypes } from "@medusajs/types"

/** A county as linked to a cooperative by the aid module (GET /store/products fields +cooperative.county.*). */
export type StoreCounty = {
  name: string
  name_en: string | null
}

export type StoreCooperative = {
  id: string
  handle: string
  name: string
  name_en: string | null
  county: StoreCounty | null
}

export type CatalogProductMetadata = {
  /** English title; the product's own `title` is Chinese. */
  title_en?: string
  [key: string]: unknown
}

/** A product as the catalog reads it: Medusa's store product plus the cooperative link. */
export interface CatalogProduct extends Omit<HttpTypes.StoreProduct, "metadata"> {
  metadata?: CatalogProductMetadata | null
  /** Absent or null when the product is not sold by a cooperative. */
  cooperative?: StoreCooperative | null
}

export type CatalogProductListResponse = Omit<HttpTypes.StoreProductListResponse, "products"> & {
  products: CatalogProduct[]
}
