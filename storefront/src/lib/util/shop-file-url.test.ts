import { describe, expect, it } from "vitest"

import { shopFileUrl } from "./shop-file-url"

const local = { MEDUSA_BACKEND_URL: "http://localhost:9000", MEDUSA_BACKEND_PUBLIC_URL: undefined }
const compose = {
  MEDUSA_BACKEND_URL: "http://backend:9000",
  MEDUSA_BACKEND_PUBLIC_URL: "https://api.example.cn/",
}

describe("shopFileUrl", () => {
  it("serves the backend's files from the shop's own /static/ path", () => {
    expect(shopFileUrl("http://localhost:9000/static/1-products-honey.webp", local)).toBe(
      "/static/1-products-honey.webp"
    )
  })

  it("knows the backend by its public address too (docker compose)", () => {
    expect(shopFileUrl("https://api.example.cn/static/a.jpg", compose)).toBe("/static/a.jpg")
    expect(shopFileUrl("http://backend:9000/static/a.jpg", compose)).toBe("/static/a.jpg")
  })

  it("leaves other hosts, ports and backend routes alone", () => {
    expect(shopFileUrl("https://cdn.example.cn/static/a.jpg", local)).toBe(
      "https://cdn.example.cn/static/a.jpg"
    )
    expect(shopFileUrl("http://localhost:9001/static/a.jpg", local)).toBe(
      "http://localhost:9001/static/a.jpg"
    )
    expect(shopFileUrl("http://localhost:9000/store/products", local)).toBe(
      "http://localhost:9000/store/products"
    )
  })
})
