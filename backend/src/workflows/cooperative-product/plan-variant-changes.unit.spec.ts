import { planVariantChanges, type CurrentVariant } from "./plan-variant-changes"

const honey: CurrentVariant = {
  id: "variant_500g",
  title: "500克",
  prices: [
    { id: "price_cny", amount: 68, currency_code: "cny" },
    { id: "price_hkd", amount: 75, currency_code: "hkd" },
  ],
  inventory_items: [
    {
      inventory_item_id: "iitem_1",
      inventory: { location_levels: [{ location_id: "sloc_jingtai", reserved_quantity: 3 }] },
    },
  ],
}

describe("a member's price and stock changes", () => {
  it("replaces only the yuan price and sets stock at the cooperative's own location", () => {
    expect(planVariantChanges([honey], [{ id: honey.id, price: 72.5, stock: 40 }], "sloc_jingtai")).toEqual({
      prices: [
        {
          id: "variant_500g",
          prices: [
            { id: "price_hkd", currency_code: "hkd", amount: 75 },
            { id: "price_cny", currency_code: "cny", amount: 72.5 },
          ],
        },
      ],
      levelUpdates: [{ inventory_item_id: "iitem_1", location_id: "sloc_jingtai", stocked_quantity: 40 }],
      levelCreates: [],
    })
  })

  it("stocks a location the variant was not stocked at yet, and leaves prices alone when not given", () => {
    const plan = planVariantChanges([honey], [{ id: honey.id, stock: 5 }], "sloc_new")
    expect(plan.prices).toEqual([])
    expect(plan.levelCreates).toEqual([
      { inventory_item_id: "iitem_1", location_id: "sloc_new", stocked_quantity: 5 },
    ])
  })

  it("refuses stock below what buyers already ordered, and variants of another product", () => {
    expect(() => planVariantChanges([honey], [{ id: honey.id, stock: 2 }], "sloc_jingtai")).toThrow(
      /at least the 3 units already ordered/
    )
    expect(() => planVariantChanges([honey], [{ id: "variant_other", price: 1 }], "sloc_jingtai")).toThrow(
      /variant_other was not found/
    )
  })
})
