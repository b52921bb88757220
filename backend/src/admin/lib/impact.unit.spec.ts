import { defaultImpactFilters } from "./impact"

describe("the impact page's default dates", () => {
  it("ends on today in China, even where the browser's clock is still on yesterday", () => {
    // 19:08 UTC on 31 December is 03:08 on 1 January in Shanghai: the new year's report.
    const filters = defaultImpactFilters(new Date("2026-12-31T19:08:00Z"))
    expect(filters).toMatchObject({ from: "2027-01-01", to: "2027-01-01" })
    expect(defaultImpactFilters(new Date("2026-12-01T10:00:00Z"))).toMatchObject({
      from: "2026-01-01",
      to: "2026-12-01",
    })
  })
})
