import { describe, expect, it } from "vitest"

import { pageCount, pageItems } from "./pagination"

const pages = (current: number, total: number) =>
  pageItems(current, total).map((item) => ("page" in item ? item.page : "…"))

describe("pagination", () => {
  it("counts pages, at least one", () => {
    expect(pageCount(0, 12)).toBe(1)
    expect(pageCount(12, 12)).toBe(1)
    expect(pageCount(13, 12)).toBe(2)
  })

  it("shows every page when there are few", () => {
    expect(pages(1, 1)).toEqual([1])
    expect(pages(2, 3)).toEqual([1, 2, 3])
  })

  it("shows the ends and the neighbours of the current page, with gaps between", () => {
    expect(pages(5, 10)).toEqual([1, "…", 4, 5, 6, "…", 10])
    expect(pages(1, 10)).toEqual([1, 2, "…", 10])
    expect(pages(10, 10)).toEqual([1, "…", 9, 10])
    expect(pages(3, 10)).toEqual([1, 2, 3, 4, "…", 10])
  })
})
