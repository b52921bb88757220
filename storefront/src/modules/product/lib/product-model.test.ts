import { describe, expect, it } from "vitest"

import type { CatalogProduct } from "@/lib/data/types"

import { formatDay, toProductPageModel } from "./product-model"

const ALT = "{title}，第 {index} 张图片"

function variant(id: string, title: string, title_en: string, amount: number, inventory_quantity: number) {
  return {
    id,
    title,
    metadata: { title_en },
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity,
    calculated_price: { calculated_amount: amount, currency_code: "cny" },
  }
}

/** The shape GET /store/products returns for the product page's fields (only what the model reads). */
const honey = {
  id: "prod_honey",
  handle: "jingtai-wildflower-honey",
  title: "景泰百花蜜",
  description: "五佛乡花田里采来的百花蜜。",
  thumbnail: "http://localhost:9000/static/honey.svg",
  metadata: {
    title_en: "Jingtai wildflower honey",
    description_en: "Wildflower honey from Wufo.",
    option_title_en: "Size",
  },
  images: [
    {
      id: "img1",
      url: "http://localhost:9000/static/honey.svg",
      metadata: { alt: "景泰百花蜜", alt_en: "Jingtai honey" },
    },
    { id: "img2", url: "http://localhost:9000/static/jingtai.svg", metadata: null },
  ],
  options: [{ id: "opt", title: "规格" }],
  variants: [variant("v1kg", "1千克", "1 kg", 128, 60), variant("v500", "500克", "500 g", 68, 0)],
  categories: [{ id: "cat", handle: "honey", name: "蜂蜜", metadata: { name_en: "Honey" } }],
  cooperative: {
    id: "coop",
    handle: "jingtai-wufo-honey",
    name: "景泰县五佛乡蜜蜂养殖合作社",
    name_en: "Wufo Beekeepers",
    households: 126,
    logo_url: null,
    county: { code: "jingtai", name: "景泰县", name_en: "Jingtai County" },
  },
  certificate: {
    id: "cert",
    number: "XFBF-GS-2025-0107",
    issuer: "甘肃省乡村振兴局",
    valid_from: "2024-12-31T16:00:00.000Z",
    valid_to: "2027-12-31T15:59:59.000Z",
  },
} as unknown as CatalogProduct

describe("toProductPageModel", () => {
  it("lists variants cheapest first with price and stock, and picks the cheapest one that can be bought", () => {
    const model = toProductPageModel(honey, "zh-CN", "cny", ALT)
    expect(model.variants).toEqual([
      { id: "v500", label: "500克", price: "¥68.00", stock: { state: "sold_out" } },
      { id: "v1kg", label: "1千克", price: "¥128.00", stock: { state: "in_stock" } },
    ])
    expect(model.defaultVariantId).toBe("v1kg")
    expect(model.optionLabel).toBe("规格")
  })

  it("speaks English in /en: title, description, option, variants, kind, cooperative, county", () => {
    const model = toProductPageModel(honey, "en", "cny", ALT)
    expect(model).toMatchObject({
      title: "Jingtai wildflower honey",
      description: "Wildflower honey from Wufo.",
      optionLabel: "Size",
      kind: { handle: "honey", name: "Honey" },
      cooperative: {
        name: "Wufo Beekeepers",
        households: 126,
        county: { code: "jingtai", name: "Jingtai County" },
      },
    })
    expect(model.variants.map((each) => each.label)).toEqual(["500 g", "1 kg"])
  })

  it("describes each picture: its own alt text, else the title and its number", () => {
    expect(toProductPageModel(honey, "zh-CN", "cny", ALT).images.map((image) => image.alt)).toEqual([
      "景泰百花蜜",
      "景泰百花蜜，第 2 张图片",
    ])
  })

  it("shows the certificate's number, issuer and validity as days in China", () => {
    expect(toProductPageModel(honey, "zh-CN", "cny", ALT).certificate).toEqual({
      number: "XFBF-GS-2025-0107",
      issuer: "甘肃省乡村振兴局",
      validFrom: "2025年1月1日",
      validTo: "2027年12月31日",
    })
    expect(formatDay("2027-12-31T15:59:59.000Z", "en")).toBe("Dec 31, 2027")
  })

  it("has no producer, certificate or kind for the platform's own tote", () => {
    const tote = {
      ...honey,
      cooperative: null,
      certificate: null,
      categories: [],
      images: [],
    } as unknown as CatalogProduct
    const model = toProductPageModel(tote, "zh-CN", "cny", ALT)
    expect(model).toMatchObject({ cooperative: null, certificate: null, kind: null })
    expect(model.images).toEqual([{ url: "http://localhost:9000/static/honey.svg", alt: "景泰百花蜜" }])
  })
})
