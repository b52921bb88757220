import { describe, expect, it } from "vitest"

import { toProductCardModel, type ProductCardSource } from "./product-card-model"

function variant(amount: number | null) {
  return {
    calculated_price: { calculated_amount: amount, currency_code: "cny" },
  }
}

/** The shape GET /store/products returns for the catalog's `fields`. */
function honey(overrides: Partial<ProductCardSource> = {}): ProductCardSource {
  return {
    id: "prod_honey",
    title: "景泰土蜂蜜",
    handle: "jingtai-honey",
    thumbnail: "http://localhost:9000/static/honey.jpg",
    metadata: { title_en: "Jingtai Wild Honey" },
    variants: [variant(68), variant(39.9)],
    cooperative: {
      id: "coop_1",
      handle: "jingtai-wufo-bees",
      name: "景泰县五佛乡蜜蜂养殖合作社",
      name_en: "Wufo Township Beekeeping Cooperative",
      county: { name: "景泰县", name_en: "Jingtai County" },
    },
    ...overrides,
  }
}

describe("toProductCardModel", () => {
  it("shows the Chinese title, cooperative and county for zh-CN", () => {
    expect(toProductCardModel(honey(), "zh-CN", "cny")).toEqual({
      id: "prod_honey",
      handle: "jingtai-honey",
      title: "景泰土蜂蜜",
      thumbnail: "http://localhost:9000/static/honey.jpg",
      price: "¥39.90",
      priceFrom: true,
      cooperative: { name: "景泰县五佛乡蜜蜂养殖合作社", county: "景泰县" },
      certified: false,
      soldOut: false,
    })
  })

  it("shows the English names for en", () => {
    const card = toProductCardModel(honey(), "en", "cny")
    expect(card.title).toBe("Jingtai Wild Honey")
    expect(card.cooperative).toEqual({
      name: "Wufo Township Beekeeping Cooperative",
      county: "Jingtai County",
    })
  })

  it("falls back to the Chinese names when English ones are missing", () => {
    const card = toProductCardModel(
      honey({
        metadata: {},
        cooperative: {
          id: "coop_2",
          handle: "maiji",
          name: "麦积区花牛苹果合作社",
          name_en: null,
          county: { name: "麦积区", name_en: null },
        },
      }),
      "en",
      "cny"
    )
    expect(card.title).toBe("景泰土蜂蜜")
    expect(card.cooperative).toEqual({
      name: "麦积区花牛苹果合作社",
      county: "麦积区",
    })
  })

  it("has no cooperative line for a product without a cooperative", () => {
    expect(toProductCardModel(honey({ cooperative: null }), "zh-CN", "cny").cooperative).toBeNull()
    expect(toProductCardModel(honey({ cooperative: undefined }), "en", "cny").cooperative).toBeNull()
  })

  it("shows the cooperative without a county when the county is unknown", () => {
    const card = toProductCardModel(
      honey({
        cooperative: {
          id: "c",
          handle: "c",
          name: "绿春县绣娘合作社",
          name_en: null,
          county: null,
        },
      }),
      "zh-CN",
      "cny"
    )
    expect(card.cooperative).toEqual({
      name: "绿春县绣娘合作社",
      county: null,
    })
  })

  it("uses the lowest priced variant and skips variants without a price", () => {
    const product = honey({
      variants: [variant(168), variant(null), {}, variant(68)],
    })
    expect(toProductCardModel(product, "zh-CN", "cny").price).toBe("¥68.00")
  })

  it("has no price when no variant is priced in the region", () => {
    expect(toProductCardModel(honey({ variants: [] }), "zh-CN", "cny").price).toBeNull()
    expect(toProductCardModel(honey({ variants: null }), "zh-CN", "cny").price).toBeNull()
  })

  it("reads a single price without 'from' and marks certified products", () => {
    const card = toProductCardModel(
      honey({
        variants: [variant(68)],
        certificate: { id: "c", number: "XFBF-GS-2025-0107", issuer: "", valid_from: "", valid_to: "" },
      }),
      "zh-CN",
      "cny"
    )
    expect(card).toMatchObject({ price: "¥68.00", priceFrom: false, certified: true })
  })

  it("is sold out when no variant has stock left", () => {
    const soldOut = { ...variant(29), manage_inventory: true, inventory_quantity: 0 }
    expect(toProductCardModel(honey({ variants: [soldOut] }), "zh-CN", "cny").soldOut).toBe(true)
    const oneLeft = { ...variant(29), manage_inventory: true, inventory_quantity: 1 }
    expect(toProductCardModel(honey({ variants: [soldOut, oneLeft] }), "zh-CN", "cny").soldOut).toBe(false)
  })

  it("treats an empty thumbnail as no image", () => {
    expect(toProductCardModel(honey({ thumbnail: "" }), "zh-CN", "cny").thumbnail).toBeNull()
  })
})
