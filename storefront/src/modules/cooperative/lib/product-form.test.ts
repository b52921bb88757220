import { describe, expect, it } from "vitest"

import { fieldErrors, NewProduct, pictureProblem, readProductForm } from "./product-form"

const form = (entries: [string, string | File][]) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe("the product form", () => {
  it("reads variants in row order and keeps the pictures already uploaded", () => {
    const values = readProductForm(
      form([
        ["title", "景泰槐花蜜"],
        ["images", "http://localhost:9000/static/a.png"],
        ["variants.1.title", "500克"],
        ["variants.1.sku", "JT-500"],
        ["variants.0.title", "250克"],
        ["variants.0.price", "45.5"],
      ])
    )
    expect(values.images).toEqual(["http://localhost:9000/static/a.png"])
    expect(values.variants.map((variant) => variant.title)).toEqual(["250克", "500克"])
    expect(values.variants[0]).toMatchObject({ price: "45.5", sku: "" })
  })

  it("names every wrong field with the code of the words shown beside it", () => {
    const parsed = NewProduct.safeParse({
      title: "",
      title_en: "Honey",
      description: "",
      description_en: "",
      status: "published",
      images: [],
      variants: [{ title: "250克", title_en: "", sku: "bad sku", price: "45.555", stock: "-1" }],
    })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    expect(fieldErrors(parsed.error)).toEqual({
      title: "title",
      "variants.0.sku": "sku",
      "variants.0.price": "price",
      "variants.0.stock": "stock",
    })
  })

  it("turns typed prices and stock into numbers, and SKUs into capitals", () => {
    const parsed = NewProduct.parse({
      title: "蜂蜜",
      title_en: "Honey",
      description: "",
      description_en: "",
      status: "draft",
      images: [],
      variants: [{ title: "250克", title_en: "250 g", sku: "jt-250", price: "68", stock: "12" }],
    })
    expect(parsed.variants[0]).toMatchObject({ sku: "JT-250", price: 68, stock: 12 })
  })

  it("refuses pictures that are not JPEG, PNG or WebP, too large, or too many", () => {
    const picture = (type: string, bytes = 10) => new File([new Uint8Array(bytes)], "p", { type })
    expect(pictureProblem([picture("image/jpeg")], 0)).toBeUndefined()
    expect(pictureProblem([picture("application/pdf")], 0)).toBe("images")
    expect(pictureProblem([picture("image/png", 5 * 1024 * 1024 + 1)], 0)).toBe("images")
    expect(pictureProblem([picture("image/webp")], 10)).toBe("images")
    expect(
      pictureProblem(
        Array.from({ length: 7 }, () => picture("image/jpeg")),
        0
      )
    ).toBe("images")
  })
})
