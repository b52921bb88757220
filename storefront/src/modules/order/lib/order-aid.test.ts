import { describe, expect, it } from "vitest"

import type { AidContribution } from "@/lib/data/aid-types"
import type { LineProduct } from "@/lib/data/line-products"

import { toOrderAidModel } from "./order-aid"

const item = (id: string, product_id: string, title: string, unit_price: number, quantity: number) => ({
  id,
  product_id,
  product_title: title,
  title,
  quantity,
  unit_price,
  subtotal: unit_price * quantity,
})
const entry = (line: string, county: string, amount: number, kind: AidContribution["kind"] = "sale") =>
  ({
    id: `${line}-${kind}`,
    kind,
    line_item_id: line,
    product_id: "p",
    quantity: 1,
    amount,
    cooperative_id: county === "红河县" ? "coop_honghe" : "coop_jingtai",
    cooperative_name: county === "红河县" ? "红河县绣娘合作社" : "景泰县五佛乡蜜蜂养殖合作社",
    county_id: county,
    county_name: county,
    prefecture_name: null,
    province_name: null,
    certified: true,
    certificate_number: null,
  }) satisfies AidContribution
const honghe = {
  id: "prod_bag",
  cooperative: {
    id: "coop_honghe",
    handle: "honghe-embroidery",
    name: "红河县绣娘合作社",
    name_en: "Honghe County Embroiderers' Cooperative",
    county: { name: "红河县", name_en: "Honghe County" },
  },
}
const products = new Map<string, LineProduct>([
  ["prod_bag", honghe],
  ["prod_tote", { id: "prod_tote", cooperative: null }],
])

describe("toOrderAidModel", () => {
  const items = [
    item("l1", "prod_bag", "哈尼族刺绣挎包", 168, 1),
    item("l2", "prod_honey", "景泰百花蜜", 68, 2),
    item("l3", "prod_tote", "帆布袋", 29, 1),
  ]

  it("lists each county the order helped with its amount", () => {
    const model = toOrderAidModel(
      items,
      [entry("l1", "红河县", 168), entry("l2", "景泰县", 136)],
      products,
      "zh-CN",
      "cny"
    )
    expect(model.counties).toEqual([
      { id: "红河县", name: "红河县", amount: "¥168.00" },
      { id: "景泰县", name: "景泰县", amount: "¥136.00" },
    ])
    expect(model.lines.map((line) => line.aid?.county ?? null)).toEqual(["红河县", "景泰县", null])
    expect(model.recorded).toBe(true)
    expect(model.net).toBe("¥304.00")
  })

  it("puts the county helped most first, whatever order the lines come in", () => {
    const model = toOrderAidModel(
      [...items].reverse(),
      [entry("l1", "红河县", 168), entry("l2", "景泰县", 136)],
      products,
      "zh-CN",
      "cny"
    )
    expect(model.counties.map((county) => county.name)).toEqual(["红河县", "景泰县"])
  })

  it("nets a refund against its line and marks it", () => {
    const model = toOrderAidModel(
      items,
      [entry("l1", "红河县", 168), entry("l1", "红河县", -68, "refund")],
      products,
      "zh-CN",
      "cny"
    )
    expect(model.lines[0]?.aid).toMatchObject({ amount: "¥100.00", reversed: true })
  })

  it("waits while a cooperative's line has no entry yet, and names it in English", () => {
    const model = toOrderAidModel(items, [], products, "en", "cny")
    expect(model.recorded).toBe(false)
    const english = toOrderAidModel(items, [entry("l1", "红河县", 168)], products, "en", "cny")
    expect(english.lines[0]?.aid).toMatchObject({
      county: "Honghe County",
      cooperative: "Honghe County Embroiderers' Cooperative",
    })
  })
})
