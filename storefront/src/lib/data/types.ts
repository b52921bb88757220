import type { HttpTypes } from "@medusajs/types"

/** A county as linked to a cooperative by the aid module (GET /store/products fields +cooperative.county.*). */
export type StoreCounty = {
  /** Asked for on the product page (+cooperative.county.code) to link to the county. */
  code?: string
  name: string
  name_en: string | null
}

export type StoreCooperative = {
  id: string
  handle: string
  name: string
  name_en: string | null
  /** Asked for on the product page only. */
  households?: number
  logo_url?: string | null
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
  /** Absent or null when the product is not certified. */
  certificate?: StoreCertificate | null
}

export type CatalogProductListResponse = Omit<HttpTypes.StoreProductListResponse, "products"> & {
  products: CatalogProduct[]
}

export type AidRegionLevel = "province" | "prefecture" | "county"

/** One step of a place's path, province first (GET /store/aid/regions/:id `path`, cooperatives' `place`). */
export type AidPlace = {
  id: string
  code: string
  level: AidRegionLevel
  name: string
  name_en: string
}

export type StoreDonor = { id: string; name: string; name_en: string }

/** 对口帮扶: a donor district helping a region since a year. */
export type StorePairing = {
  id: string
  since_year: number
  note: string | null
  note_en: string | null
  donor: StoreDonor
}

/** An address as Medusa stores it on carts and orders; the Chinese address maps onto these fields. */
export type MedusaAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  province?: string | null
  city?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
}

/** A cooperative as listed under a region. */
export type StoreRegionCooperative = {
  id: string
  handle: string
  name: string
  name_en: string
  story: string | null
  story_en: string | null
  households: number
  logo_url: string | null
}

/** A node of the aid tree (GET /store/aid/regions), children nested. */
export type StoreAidRegion = AidPlace & {
  story: string | null
  story_en: string | null
  image_url: string | null
  parent_id: string | null
  pairings: StorePairing[]
  cooperatives: StoreRegionCooperative[]
  children: StoreAidRegion[]
}

/** One region (GET /store/aid/regions/:id): pairings over it and cooperatives anywhere below it. */
export type StoreAidRegionDetail = StoreAidRegion & { path: AidPlace[] }

/** A cooperative's public page (GET /store/aid/cooperatives/:handle). */
export type StorePublicCooperative = StoreRegionCooperative & {
  county: { id: string; code: string; name: string; name_en: string | null } | null
  place: AidPlace[]
}

/** Public aid figures (GET /store/aid/impact); amounts in major units. */
export type AidFigures = { gross: number; net: number; orders: number; items: number; households: number }

export type AidImpact = {
  currency_code: string
  totals: AidFigures
  provinces: (AidFigures & { id: string; name: string })[]
  prefectures: (AidFigures & { id: string; name: string })[]
  counties: (AidFigures & { id: string; name: string })[]
}

/** 消费帮扶产品认定 as the product API carries it (+certificate.*). */
export type StoreCertificate = {
  id: string
  number: string
  issuer: string
  valid_from: string
  valid_to: string
}

/** A product category: one of the three kinds of goods. */
export type StoreKind = {
  id: string
  handle: string
  name: string
  metadata?: { name_en?: string; [key: string]: unknown } | null
}
