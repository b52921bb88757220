import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { CACHE_TAGS } from "./cache-tags"
import { cachedRead, getSdk } from "./sdk"
import type { CatalogProduct, CatalogProductListResponse } from "./types"

/** What a product card needs: prices for the region, English title in metadata, the cooperative and its county. */
const CATALOG_PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "thumbnail",
  "metadata",
  "*variants.calculated_price",
  "+cooperative.id",
  "+cooperative.handle",
  "+cooperative.name",
  "+cooperative.name_en",
  "+cooperative.county.name",
  "+cooperative.county.name_en",
].join(",")

const CATALOG_PAGE_SIZE = 50

/** Published products with prices calculated for `regionId` (GET /store/products). */
export async function listCatalogProducts(regionId: string): Promise<CatalogProduct[]> {
  const query = {
    region_id: regionId,
    limit: CATALOG_PAGE_SIZE,
    fields: CATALOG_PRODUCT_FIELDS,
  } satisfies HttpTypes.StoreProductListParams

  const { products } = await getSdk().client.fetch<CatalogProductListResponse>("/store/products", {
    query,
    ...cachedRead(CACHE_TAGS.products),
  })
  return products
}
