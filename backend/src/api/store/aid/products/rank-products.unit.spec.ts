import { rankProducts, type RankedCandidate } from "./rank-products"

const product = (id: string, prices: number[], created_at = "2026-01-01T00:00:00Z"): RankedCandidate => ({
  id,
  title: id,
  created_at,
  prices,
})

const honey = product("honey", [6800, 12800], "2026-01-03T00:00:00Z")
const bag = product("bag", [16800], "2026-01-02T00:00:00Z")
const tea = product("tea", [3990], "2026-01-01T00:00:00Z")
const unpriced = product("unpriced", [], "2026-01-04T00:00:00Z")
const all = [tea, unpriced, bag, honey]
const page = { page: 1, limit: 12 }

describe("rankProducts", () => {
  it("sorts newest first by default and by the lowest variant price on request, unpriced last", () => {
    expect(rankProducts(all, { sort: "newest", ...page }).ids).toEqual(["unpriced", "honey", "bag", "tea"])
    expect(rankProducts(all, { sort: "price_asc", ...page }).ids).toEqual(["tea", "honey", "bag", "unpriced"])
    expect(rankProducts(all, { sort: "price_desc", ...page }).ids).toEqual([
      "bag",
      "honey",
      "tea",
      "unpriced",
    ])
  })

  it("keeps products whose lowest price is inside the bounds, inclusive, and drops unpriced ones", () => {
    const ranked = rankProducts(all, { sort: "price_asc", price_min: 3990, price_max: 6800, ...page })
    expect(ranked).toEqual({ ids: ["tea", "honey"], count: 2, offset: 0 })
    expect(rankProducts(all, { sort: "price_asc", price_min: 10000, ...page }).ids).toEqual(["bag"])
  })

  it("cuts pages and still counts every match", () => {
    expect(rankProducts(all, { sort: "price_asc", page: 2, limit: 3 })).toEqual({
      ids: ["unpriced"],
      count: 4,
      offset: 3,
    })
    expect(rankProducts(all, { sort: "price_asc", page: 3, limit: 3 })).toEqual({
      ids: [],
      count: 4,
      offset: 6,
    })
  })

  it("breaks ties by title so pages never repeat or skip a product", () => {
    const twins = [product("b", [100]), product("a", [100]), product("c", [100])]
    expect(rankProducts(twins, { sort: "price_asc", ...page }).ids).toEqual(["a", "b", "c"])
  })
})
