import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { CACHE_TAGS } from "./cache-tags"
import { CatalogNotReadyError } from "./load"
import { getCatalogRegion } from "./regions"
import { cachedRead, getSdk } from "./sdk"
import type { CatalogProduct, CatalogProductListResponse } from "./types"

/** The cooperative a product is sold by, and its county, in both languages. */
export const PRODUCT_COOPERATIVE_FIELDS = [
  "+cooperative.id",
  "+cooperative.handle",
  "+cooperative.name",
  "+cooperative.name_en",
  "+cooperative.county.name",
  "+cooperative.county.name_en",
]

/** What a product card needs: prices for the region, English title, cooperative and county, certificate, stock. */
const CATALOG_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "metadata",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  ...PRODUCT_COOPERATIVE_FIELDS,
  "+certificate.number",
].join(",")

/** Everything the product page shows: gallery, options, variants with price and stock, producer, certificate. */
const PRODUCT_PAGE_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "description",
  "thumbnail",
  "metadata",
  "*images",
  "*options",
  "*options.values",
  "*variants",
  "*variants.options",
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "*categories",
  "+cooperative.id",
  "+cooperative.handle",
  "+cooperative.name",
  "+cooperative.name_en",
  "+cooperative.households",
  "+cooperative.logo_url",
  "+cooperative.county.code",
  "+cooperative.county.name",
  "+cooperative.county.name_en",
  "+certificate.id",
  "+certificate.number",
  "+certificate.issuer",
  "+certificate.valid_from",
  "+certificate.valid_to",
].join(",")

/** The Medusa region whose yuan prices the shop shows; the shop cannot sell without one. */
export async function requireCatalogRegion(): Promise<HttpTypes.StoreRegion> {
  const region = await getCatalogRegion()
  if (!region) throw new CatalogNotReadyError("the backend has no region with currency cny")
  return region
}

/** Published products by id with prices for `regionId`, in the order of `ids` (GET /store/products). */
export async function listProductsByIds(ids: string[], regionId: string): Promise<CatalogProduct[]> {
  if (!ids.length) return []
  const query = {
    id: ids,
    region_id: regionId,
    limit: ids.length,
    fields: CATALOG_PRODUCT_FIELDS,
  } satisfies HttpTypes.StoreProductListParams
  const { products } = await getSdk().client.fetch<CatalogProductListResponse>("/store/products", {
    query,
    ...cachedRead(CACHE_TAGS.products),
  })
  const byId = new Map(products.map((product) => [product.id, product]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** One published product by handle with everything its page shows, or null when there is none. */
export async function getProductByHandle(handle: string, regionId: string): Promise<CatalogProduct | null> {
  const query = {
    handle,
    region_id: regionId,
    limit: 1,
    fields: PRODUCT_PAGE_FIELDS,
  } satisfies HttpTypes.StoreProductListParams
  const { products } = await getSdk().client.fetch<CatalogProductListResponse>("/store/products", {
    query,
    ...cachedRead(CACHE_TAGS.products),
  })
  return products[0] ?? null
}
