import { describe, expect, it } from "vitest"

import { formatPrice } from "./format-price"

describe("formatPrice", () => {
  it("shows yuan amounts in major units with two decimals", () => {
    expect(formatPrice(68, "cny")).toBe("¥68.00")
    expect(formatPrice(0, "cny")).toBe("¥0.00")
  })

  it("keeps cents and groups thousands", () => {
    expect(formatPrice(39.9, "cny")).toBe("¥39.90")
    expect(formatPrice(1280.5, "CNY")).toBe("¥1,280.50")
  })

  it("does not introduce float noise", () => {
    expect(formatPrice(0.1 + 0.2, "cny")).toBe("¥0.30")
  })
})
