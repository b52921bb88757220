import type { AttributionSnapshot, ContributionKind } from "../../../modules/aid-ledger/types"

/** An order line as the ledger sees it; `net` is the full line after discounts, before tax, in minor units. */
export type LedgerOrderItem = {
  id: string
  product_id: string | null
  product_title: string
  variant_id: string | null
  variant_title: string | null
  quantity: number
  net: number
}

export type LedgerOrder = {
  id: string
  currency_code: string
  digits: number
  customer_id: string | null
  placed_at: string
  canceled_at: string | null
  items: LedgerOrderItem[]
  returns: { id: string; received_at: string; items: { item_id: string; quantity: number }[] }[]
  refunds: { id: string; amount: number; created_at: string }[]
}

/** An entry already in the ledger, amounts in minor units. */
export type LedgerEntry = AttributionSnapshot & {
  id: string
  kind: ContributionKind
  source_id: string
  line_item_id: string
  quantity: number
  amount: number
}

/** Attribution per product id, taken when the sale is first recorded. */
export type Attributions = Record<string, AttributionSnapshot>
