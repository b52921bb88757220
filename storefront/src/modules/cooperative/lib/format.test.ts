import { describe, expect, it } from "vitest"

import { currentMonth, formatMonth, sumYuan } from "./format"

describe("portal formats", () => {
  it("names months in each language and knows this month in China", () => {
    expect(formatMonth("zh-CN", "2026-05")).toBe("2026年5月")
    expect(formatMonth("en", "2026-05")).toBe("May 2026")
    // 20:00 UTC on 31 May is already 1 June in Shanghai.
    expect(currentMonth(new Date("2026-05-31T20:00:00Z"))).toBe("2026-06")
  })

  it("adds yuan without float drift", () => {
    expect(sumYuan([0.1, 0.2])).toBe(0.3)
    expect(sumYuan([45.5, 91, 68.35])).toBe(204.85)
    expect(sumYuan([])).toBe(0)
  })
})
