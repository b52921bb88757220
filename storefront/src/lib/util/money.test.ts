import { describe, expect, it } from "vitest"

import { sumMajorUnits } from "./money"

describe("sumMajorUnits", () => {
  it("adds yuan amounts exactly, also with reversals", () => {
    expect(sumMajorUnits([0.1, 0.2])).toBe(0.3)
    expect(sumMajorUnits([168, 136, -68])).toBe(236)
    expect(sumMajorUnits([])).toBe(0)
  })
})
