/** One ledger entry of an order as GET /store/aid/orders/:id answers it (amount in major units). */
export type AidContribution = {
  id: string
  kind: "sale" | "refund" | "return" | "cancel"
  line_item_id: string
  product_id: string
  quantity: number
  amount: number
  cooperative_id: string
  cooperative_name: string
  county_id: string
  county_name: string
  prefecture_name: string | null
  province_name: string | null
  certified: boolean
  certificate_number: string | null
}

export type OrderAid = {
  order_id: string
  currency_code: string
  net: number
  contributions: AidContribution[]
}

/** GET /store/customers/me/aid: the customer's own totals per county. */
export type MyImpact = {
  currency_code: string
  totals: { net: number; orders: number; items: number; counties: number }
  regions: {
    county_id: string
    county_name: string
    prefecture_name: string | null
    province_name: string | null
    net: number
    orders: number
    items: number
  }[]
}
