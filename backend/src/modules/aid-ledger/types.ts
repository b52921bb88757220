export type ContributionKind = "sale" | "refund" | "return" | "cancel"

/** A pairing as it stood when the sale happened. */
export type PairingSnapshot = {
  id: string
  donor_id: string
  donor_name: string
  region_id: string
  region_name: string
  since_year: number
}

/** Who a sale helped, frozen at sale time so later edits never rewrite history. */
export type AttributionSnapshot = {
  cooperative_id: string
  cooperative_name: string
  households: number
  county_id: string
  county_name: string
  prefecture_id: string | null
  prefecture_name: string | null
  province_id: string | null
  province_name: string | null
  pairings: PairingSnapshot[]
  certified: boolean
  certificate_number: string | null
}

export type NewContribution = AttributionSnapshot & {
  id: string
  kind: ContributionKind
  source_id: string
  order_id: string
  line_item_id: string
  sale_entry_id: string | null
  customer_id: string | null
  product_id: string
  product_title: string
  variant_id: string | null
  variant_title: string | null
  quantity: number
  currency_code: string
  /** Major units as an exact decimal string, e.g. "-12.50". */
  amount: string
  /** ISO timestamp. */
  occurred_at: string
}

export const IMPACT_GROUPS = [
  "pairing",
  "donor",
  "province",
  "prefecture",
  "county",
  "cooperative",
  "product",
  "month",
] as const
export type ImpactGroup = (typeof IMPACT_GROUPS)[number]

export type ImpactQuery = {
  group_by: ImpactGroup
  /** Asia/Shanghai calendar days, inclusive, YYYY-MM-DD. */
  from: string
  to: string
  certified_only: boolean
}

export type ImpactFigures = {
  gross: string
  reversals: string
  net: string
  orders: number
  items: number
  buyers: number
  households: number
}

export type ImpactRow = ImpactFigures & { key: string; label: string }

/** What one buyer helped in one county. */
export type BuyerImpactRow = {
  county_id: string
  county_name: string
  prefecture_name: string | null
  province_name: string | null
  net: string
  orders: number
  items: number
}

/** A cooperative's month: sales, money back, and what stayed as aid. */
export type CooperativeMonth = {
  month: string
  gross: string
  reversals: string
  net: string
  /** Net of certified goods only: what official consumption-aid statistics count. */
  certified_net: string
  orders: number
  items: number
}
