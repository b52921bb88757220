import { describe, expect, it } from "vitest"

import {
  activeFilters,
  listingHref,
  listingSearch,
  parseListingParams,
  rawSearch,
  withoutFilter,
  withoutFilters,
} from "./listing-params"

describe("parseListingParams", () => {
  it("reads every filter, the sort and the page from the URL", () => {
    expect(
      parseListingParams({
        region: "honghe",
        county: "jinping",
        cooperative: "jinping-jinping-embroidery",
        kind: "embroidery",
        certified: "1",
        price_min: "50",
        price_max: "200",
        sort: "price_asc",
        page: "2",
      })
    ).toEqual({
      region: "honghe",
      county: "jinping",
      cooperative: "jinping-jinping-embroidery",
      kind: "embroidery",
      certified: true,
      price_min: "50",
      price_max: "200",
      sort: "price_asc",
      page: 2,
    })
  })

  it("falls back to every product, newest first, page 1 when nothing or nonsense is given", () => {
    const all = { sort: "newest", page: 1 }
    expect(parseListingParams({})).toMatchObject(all)
    expect(
      parseListingParams({ sort: "cheap", page: "0", price_min: "-5", region: "<script>", certified: "yes" })
    ).toEqual({ ...all })
    expect(parseListingParams({ page: "99999" }).page).toBe(1)
    expect(parseListingParams({ region: "" }).region).toBeUndefined()
  })

  it("writes each amount one way and swaps bounds typed the wrong way round", () => {
    expect(parseListingParams({ price_min: "039.90", price_max: "0.50" })).toMatchObject({
      price_min: "0.5",
      price_max: "39.9",
    })
    expect(parseListingParams({ price_min: "68.00" }).price_min).toBe("68")
    expect(parseListingParams({ price_min: "1.999" }).price_min).toBeUndefined()
  })

  it("takes the first of repeated parameters", () => {
    expect(parseListingParams({ kind: ["honey", "embroidery"] }).kind).toBe("honey")
  })
})

describe("listingSearch and listingHref", () => {
  it("builds one canonical URL per listing, leaving defaults out", () => {
    expect(listingHref("zh-CN", { sort: "newest", page: 1 })).toBe("/zh-CN/products")
    expect(
      listingHref("en", { kind: "honey", county: "jingtai", certified: true, sort: "price_asc", page: 2 })
    ).toBe("/en/products?county=jingtai&kind=honey&certified=1&sort=price_asc&page=2")
  })

  it("reads back what it wrote, so a canonical URL never redirects again", () => {
    const messy = {
      page: "02",
      kind: "honey",
      price_max: "100.0",
      price_min: "200",
      sort: "newest",
      region: "",
    }
    const canonical = listingSearch(parseListingParams(messy))
    expect(canonical).toBe("?kind=honey&price_min=100&price_max=200&page=2")
    const again = Object.fromEntries(new URLSearchParams(canonical))
    expect(listingSearch(parseListingParams(again))).toBe(canonical)
    expect(rawSearch(again)).toBe(canonical)
  })

  it("tells a URL with empty form fields from the canonical one", () => {
    const submitted = { region: "", county: "jingtai", kind: "", sort: "newest" }
    expect(rawSearch(submitted)).not.toBe(listingSearch(parseListingParams(submitted)))
  })
})

describe("chips", () => {
  const filters = parseListingParams({ county: "jingtai", kind: "honey", price_min: "50", page: "3" })

  it("lists the filters in effect, price once for both bounds", () => {
    expect(activeFilters(filters)).toEqual(["county", "kind", "price"])
    expect(activeFilters(parseListingParams({ sort: "price_desc" }))).toEqual([])
  })

  it("removes one filter and goes back to page 1", () => {
    expect(listingHref("zh-CN", withoutFilter(filters, "kind"))).toBe(
      "/zh-CN/products?county=jingtai&price_min=50"
    )
    expect(listingHref("zh-CN", withoutFilter(filters, "price"))).toBe(
      "/zh-CN/products?county=jingtai&kind=honey"
    )
  })

  it("clears every filter but keeps the sort", () => {
    const sorted = { ...filters, sort: "price_asc" as const }
    expect(listingHref("en", withoutFilters(sorted))).toBe("/en/products?sort=price_asc")
  })
})
