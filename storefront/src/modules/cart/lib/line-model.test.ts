import { describe, expect, it } from "vitest"

import { toCartLineModel } from "./line-model"

const line = {
  id: "cali_1",
  product_id: "prod_honey",
  product_title: "景泰百花蜜",
  product_handle: "jingtai-wildflower-honey",
  variant_id: "variant_500",
  variant_title: "500克",
  title: "500克",
  thumbnail: "/static/honey.svg",
  quantity: 2,
  unit_price: 68,
  subtotal: 136,
}
const honey = {
  id: "prod_honey",
  metadata: { title_en: "Jingtai wildflower honey" },
  variants: [{ id: "variant_500", metadata: { title_en: "500 g" } }],
  cooperative: {
    id: "coop_1",
    handle: "jingtai-wufo-honey",
    name: "景泰县五佛乡蜜蜂养殖合作社",
    name_en: "Wufo Township Beekeeping Cooperative, Jingtai",
    county: { name: "景泰县", name_en: "Jingtai County" },
  },
}

describe("toCartLineModel", () => {
  it("names the line, its size and the county it helps in Chinese", () => {
    expect(toCartLineModel(line, honey, "zh-CN", "cny")).toMatchObject({
      title: "景泰百花蜜",
      variant: "500克",
      unitPrice: "¥68.00",
      total: "¥136.00",
      helps: { county: "景泰县", cooperative: "景泰县五佛乡蜜蜂养殖合作社" },
    })
  })

  it("uses the English names in English", () => {
    expect(toCartLineModel(line, honey, "en", "cny")).toMatchObject({
      title: "Jingtai wildflower honey",
      variant: "500 g",
      helps: { county: "Jingtai County" },
    })
  })

  it("says a platform product helps no county", () => {
    expect(toCartLineModel(line, { id: "prod_honey", cooperative: null }, "zh-CN", "cny").helps).toBeNull()
  })
})
