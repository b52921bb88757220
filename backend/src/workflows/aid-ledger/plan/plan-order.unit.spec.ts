import type { AttributionSnapshot, NewContribution } from "../../../modules/aid-ledger/types"
import { toMinor } from "../../../utils/money"
import { planOrderContributions } from "./plan-order"
import type { LedgerEntry, LedgerOrder } from "./types"

const honeyCoop: AttributionSnapshot = {
  cooperative_id: "coop_honey",
  cooperative_name: "景泰县五佛乡蜜蜂养殖合作社",
  households: 126,
  county_id: "reg_jingtai",
  county_name: "景泰县",
  prefecture_id: "reg_baiyin",
  prefecture_name: "白银市",
  province_id: "reg_gansu",
  province_name: "甘肃省",
  pairings: [],
  certified: true,
  certificate_number: "XFBF-1",
}

const order = (overrides: Partial<LedgerOrder> = {}): LedgerOrder => ({
  id: "order_1",
  currency_code: "cny",
  digits: 2,
  customer_id: "cus_1",
  placed_at: "2026-03-01T02:00:00.000Z",
  canceled_at: null,
  items: [
    {
      id: "li_honey",
      product_id: "prod_honey",
      product_title: "百花蜜",
      variant_id: null,
      variant_title: null,
      quantity: 3,
      net: 20400,
    },
    {
      id: "li_tote",
      product_id: "prod_tote",
      product_title: "帆布袋",
      variant_id: null,
      variant_title: null,
      quantity: 1,
      net: 5000,
    },
  ],
  returns: [],
  refunds: [],
  ...overrides,
})

const attributions = { prod_honey: honeyCoop }
// What the ledger would hold after appending the planned entries.
const stored = (planned: NewContribution[]): LedgerEntry[] =>
  planned.map((entry) => ({ ...entry, amount: toMinor(entry.amount, 2) }))

describe("planOrderContributions", () => {
  it("writes one sale per cooperative line and nothing for goods without a cooperative", () => {
    const planned = planOrderContributions(order(), [], attributions)
    expect(planned).toHaveLength(1)
    expect(planned[0]).toMatchObject({
      kind: "sale",
      line_item_id: "li_honey",
      quantity: 3,
      amount: "204.00",
    })
  })

  it("plans nothing more once everything is written", () => {
    const first = stored(planOrderContributions(order(), [], attributions))
    expect(planOrderContributions(order(), first, attributions)).toEqual([])
  })

  it("keeps the attribution a line was first recorded with", () => {
    const first = stored(planOrderContributions(order(), [], attributions))
    const moved = { prod_honey: { ...honeyCoop, county_name: "别的县" } }
    const canceled = planOrderContributions(order({ canceled_at: "2026-03-02T00:00:00Z" }), first, moved)
    expect(canceled[0]).toMatchObject({
      kind: "cancel",
      county_name: "景泰县",
      amount: "-204.00",
      quantity: -3,
    })
    expect(canceled[0]?.sale_entry_id).toBe(first[0]?.id)
  })

  it("reverses a received return by the returned units' share of the line", () => {
    const first = stored(planOrderContributions(order(), [], attributions))
    const returned = order({
      returns: [
        { id: "ret_1", received_at: "2026-03-05T00:00:00Z", items: [{ item_id: "li_honey", quantity: 1 }] },
      ],
    })
    expect(planOrderContributions(returned, first, attributions)).toMatchObject([
      { kind: "return", source_id: "ret_1", quantity: -1, amount: "-68.00" },
    ])
  })

  it("gives aid lines only their share of a refund and never takes a line below zero", () => {
    const first = stored(planOrderContributions(order(), [], attributions))
    // ¥100 back on ¥204 honey + ¥50 tote: the honey's share is 100 × 204/254 = 80.31.
    const partly = order({ refunds: [{ id: "ref_1", amount: 10000, created_at: "2026-03-03T00:00:00Z" }] })
    const refund = planOrderContributions(partly, first, attributions)
    expect(refund).toMatchObject([{ kind: "refund", quantity: 0, amount: "-80.31" }])
    const all = order({
      refunds: [
        { id: "ref_1", amount: 10000, created_at: "2026-03-03T00:00:00Z" },
        { id: "ref_2", amount: 90000, created_at: "2026-03-04T00:00:00Z" },
      ],
    })
    const rest = planOrderContributions(all, [...first, ...stored(refund)], attributions)
    expect(rest).toMatchObject([{ kind: "refund", source_id: "ref_2", amount: "-123.69" }])
    const after = [...first, ...stored(refund), ...stored(rest)]
    expect(after.reduce((sum, entry) => sum + entry.amount, 0)).toBe(0)
    // A later cancel takes back the units; the money is already back at zero.
    const canceled = planOrderContributions(
      order({ ...all, canceled_at: "2026-03-06T00:00:00Z" }),
      after,
      attributions
    )
    expect(canceled).toMatchObject([{ kind: "cancel", quantity: -3, amount: "0.00" }])
  })

  it("does not count a refund twice when a return already reversed that money", () => {
    const first = stored(
      planOrderContributions(order({ items: order().items.slice(0, 1) }), [], attributions)
    )
    const returned = order({
      items: order().items.slice(0, 1),
      returns: [
        { id: "ret_1", received_at: "2026-03-05T00:00:00Z", items: [{ item_id: "li_honey", quantity: 1 }] },
      ],
      refunds: [{ id: "ref_1", amount: 6800, created_at: "2026-03-06T00:00:00Z" }],
    })
    expect(planOrderContributions(returned, first, attributions).map((entry) => entry.kind)).toEqual([
      "return",
    ])
  })
})
