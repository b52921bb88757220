import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { subtreeIds, type RegionNode } from "../../../../modules/aid/utils/region-tree"
import { minorDigits, toMinor } from "../../../../utils/money"
import type { RankedCandidate } from "./rank-products"
import type { StoreAidProductsParamsType } from "./validators"

type Query = Omit<RemoteQueryFunction, symbol>
type Filters = StoreAidProductsParamsType

type PricedProduct = Omit<RankedCandidate, "prices"> & {
  variants?: ({ calculated_price?: { calculated_amount?: number | null } | null } | null)[] | null
}

/** Ids in every given set; null means "not constrained". */
function intersect(sets: (string[] | null)[]): string[] | null {
  return sets.reduce<string[] | null>((acc, set) => {
    if (set === null) return acc
    if (acc === null) return [...new Set(set)]
    const keep = new Set(set)
    return acc.filter((id) => keep.has(id))
  }, null)
}

/** The counties named by `region` (any level) and `county`; an unknown code matches no county. */
async function countyIds(query: Query, filters: Filters): Promise<string[] | null> {
  const codes = [filters.region, filters.county].filter((code) => code !== undefined)
  if (!codes.length) return null
  const { data } = await query.graph({ entity: "aid_region", fields: ["id", "code", "parent_id", "level"] })
  const regions = data as (RegionNode & { code: string })[]
  const counties = codes.map((code) => {
    const region = regions.find((candidate) => candidate.code === code)
    if (!region) return []
    const below = subtreeIds(regions, region.id)
    return regions.filter((node) => node.level === "county" && below.has(node.id)).map((node) => node.id)
  })
  return intersect(counties)
}

/** Products of the cooperatives in those counties and/or with that handle. */
async function cooperativeProductIds(query: Query, filters: Filters): Promise<string[] | null> {
  const counties = await countyIds(query, filters)
  if (counties === null && filters.cooperative === undefined) return null
  if (counties !== null && !counties.length) return []
  const { data } = await query.graph({
    entity: "cooperative",
    fields: ["id", "products.id"],
    filters: {
      ...(counties ? { county_id: counties } : {}),
      ...(filters.cooperative ? { handle: filters.cooperative } : {}),
    },
  })
  const cooperatives = data as { products?: ({ id: string } | null)[] | null }[]
  return cooperatives.flatMap((cooperative) =>
    (cooperative.products ?? []).flatMap((product) => product?.id ?? [])
  )
}

/** Products whose certificate is valid today: the ones official statistics count. */
async function certifiedProductIds(query: Query, filters: Filters): Promise<string[] | null> {
  if (!filters.certified) return null
  const now = new Date()
  const { data } = await query.graph({
    entity: "certificate",
    fields: ["id", "product.id"],
    filters: { valid_from: { $lte: now }, valid_to: { $gte: now } },
  })
  return data.flatMap((certificate) => certificate.product?.id ?? [])
}

/** Products in the kind's category (an inactive or internal category is no kind a buyer can pick). */
async function kindProductIds(query: Query, filters: Filters): Promise<string[] | null> {
  if (filters.kind === undefined) return null
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "products.id"],
    filters: { handle: filters.kind, is_active: true, is_internal: false },
  })
  return data.flatMap((category) => (category.products ?? []).flatMap((product) => product?.id ?? []))
}

async function salesChannelProductIds(query: Query, salesChannelIds: string[]): Promise<string[]> {
  const { data } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: salesChannelIds },
  })
  return (data as { product_id: string }[]).map((link) => link.product_id)
}

async function pricingRegion(query: Query, regionId: string) {
  const { data } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  })
  const region = data[0]
  if (!region) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id ${regionId} is not a region`)
  }
  return region
}

/**
 * Published products in the publishable key's sales channels that pass the aid filters and the kind,
 * each with its variants' prices in the region (minor units). Ranking and paging happen after.
 */
export async function listingCandidates(
  req: MedusaStoreRequest,
  filters: Filters
): Promise<{ currency_code: string; candidates: RankedCandidate[] }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  const [region, inChannels, ofCooperatives, certified, ofKind] = await Promise.all([
    pricingRegion(query, filters.region_id),
    salesChannelProductIds(query, salesChannelIds),
    cooperativeProductIds(query, filters),
    certifiedProductIds(query, filters),
    kindProductIds(query, filters),
  ])
  const ids = intersect([inChannels, ofCooperatives, certified, ofKind]) ?? []
  if (!ids.length) return { currency_code: region.currency_code, candidates: [] }
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "created_at", "variants.id", "variants.calculated_price.calculated_amount"],
    filters: { id: ids, status: "published" },
    context: {
      variants: {
        calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }),
      },
    },
  })
  const digits = minorDigits(region.currency_code)
  const candidates = (data as PricedProduct[]).map((product) => ({
    id: product.id,
    title: product.title,
    created_at: product.created_at,
    prices: (product.variants ?? []).flatMap((variant) => {
      const amount = variant?.calculated_price?.calculated_amount
      return amount === null || amount === undefined ? [] : [toMinor(amount, digits)]
    }),
  }))
  return { currency_code: region.currency_code, candidates }
}
