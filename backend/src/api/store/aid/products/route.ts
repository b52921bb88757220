import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { minorDigits, toMinor } from "../../../../utils/money"
import { listingCandidates } from "./listing-candidates"
import { rankProducts } from "./rank-products"
import type { StoreAidProductsParamsType } from "./validators"

/**
 * The shop's product listing: filters Medusa's product API cannot express (aid region, county, cooperative,
 * certified, price) and price sorting. Answers one page of product ids; the storefront reads those products
 * with prices from /store/products.
 */
export const GET = async (
  req: MedusaStoreRequest<unknown, StoreAidProductsParamsType>,
  res: MedusaResponse
) => {
  const filters = req.validatedQuery
  const { currency_code, candidates } = await listingCandidates(req, filters)
  // Bounds come in major units (yuan) and compare with prices in minor units (fen).
  const digits = minorDigits(currency_code)
  const bound = (yuan: string | undefined) => (yuan === undefined ? undefined : toMinor(yuan, digits))
  const { ids, count, offset } = rankProducts(candidates, {
    price_min: bound(filters.price_min),
    price_max: bound(filters.price_max),
    sort: filters.sort,
    page: filters.page,
    limit: filters.limit,
  })
  res.json({ product_ids: ids, count, page: filters.page, limit: filters.limit, offset })
}
