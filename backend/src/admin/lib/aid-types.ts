/** Shapes the aid admin API answers with (see backend/src/api/admin/aid). */

export type RegionLevel = "province" | "prefecture" | "county"

export type AidRegion = {
  id: string
  code: string
  level: RegionLevel
  name: string
  name_en: string
  parent_id: string | null
}

export type DonorDistrict = {
  id: string
  code: string
  name: string
  name_en: string
}

export type Pairing = {
  id: string
  since_year: number
  note: string | null
  donor_id: string
  region_id: string
  donor: { id: string; name: string; name_en: string } | null
  region: { id: string; name: string; name_en: string; level: RegionLevel } | null
}

export type Cooperative = {
  id: string
  handle: string
  name: string
  name_en: string
  story: string | null
  story_en: string | null
  households: number
  county_id: string
  county: { id: string; name: string; name_en: string } | null
}

export type Certificate = {
  id: string
  number: string
  issuer: string
  valid_from: string
  valid_to: string
  product: { id: string; title: string } | null
}

/** The collections under /admin/aid and the JSON key of their records. */
export type AidResources = {
  regions: AidRegion
  donors: DonorDistrict
  pairings: Pairing
  cooperatives: Cooperative
  certificates: Certificate
}
export type AidResource = keyof AidResources

export type AidListResponse<R extends AidResource> = {
  count: number
  limit: number
  offset: number
} & { [key in R]: AidResources[R][] }

export const regionLevelLabels: Record<RegionLevel, string> = {
  province: "省 / Province",
  prefecture: "州/市 / Prefecture",
  county: "县/区 / County",
}

export type ContributionKind = "sale" | "refund" | "return" | "cancel"

/** One aid ledger entry: a sale of an order line, or money going back for it (negative amount). */
export type Contribution = {
  id: string
  kind: ContributionKind
  order_id: string
  line_item_id: string
  product_id: string
  product_title: string
  variant_id: string | null
  quantity: number
  currency_code: string
  amount: number
  occurred_at: string
  cooperative_id: string
  cooperative_name: string
  county_name: string
  prefecture_name: string
  province_name: string
  certified: boolean
  certificate_number: string | null
}
