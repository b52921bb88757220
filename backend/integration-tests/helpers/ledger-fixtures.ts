import { generateEntityId } from "@medusajs/framework/utils"
import type { NewContribution } from "../../src/modules/aid-ledger/types"

const jingtai = {
  cooperative_id: "coop_fixture_honey",
  cooperative_name: "景泰蜂蜜合作社",
  households: 126,
  county_id: "aidreg_fixture_jingtai",
  county_name: "景泰县",
  prefecture_id: "aidreg_fixture_baiyin",
  prefecture_name: "白银市",
  province_id: "aidreg_fixture_gansu",
  province_name: "甘肃省",
  pairings: [
    {
      id: "aidpair_fixture_xiqing_jingtai",
      donor_id: "aiddonor_fixture_xiqing",
      donor_name: "天津市西青区",
      region_id: "aidreg_fixture_jingtai",
      region_name: "景泰县",
      since_year: 2017,
    },
  ],
  certified: true,
  certificate_number: "XFBF-FIXTURE-1",
}

/** A sale entry written straight into the ledger, for report tests that need exact dates. */
export function saleEntry(overrides: Partial<NewContribution> & { occurred_at: string }): NewContribution {
  const lineItemId = overrides.line_item_id ?? generateEntityId(undefined, "ordli")
  return {
    ...jingtai,
    id: generateEntityId(undefined, "aidc"),
    kind: "sale",
    source_id: overrides.order_id ?? "order_fixture",
    order_id: "order_fixture",
    line_item_id: lineItemId,
    sale_entry_id: null,
    customer_id: "cus_fixture",
    product_id: "prod_fixture_honey",
    product_title: "景泰百花蜜",
    variant_id: null,
    variant_title: null,
    quantity: 1,
    currency_code: "cny",
    amount: "100.00",
    ...overrides,
  }
}
