import { buildRegionTree, regionPath, subtreeIds, type RegionNode } from "./region-tree"

const regions: RegionNode[] = [
  { id: "yn", parent_id: null, level: "province" },
  { id: "hh", parent_id: "yn", level: "prefecture" },
  { id: "jp", parent_id: "hh", level: "county" },
  { id: "lc", parent_id: "hh", level: "county" },
  { id: "gs", parent_id: null, level: "province" },
]

describe("region tree", () => {
  it("nests counties under prefectures under provinces", () => {
    const tree = buildRegionTree(regions)
    expect(tree.map((node) => node.id)).toEqual(["yn", "gs"])
    expect(tree[0]?.children[0]?.children?.map((node) => node.id)).toEqual(["jp", "lc"])
  })

  it("walks from a county up to its province", () => {
    expect(regionPath(regions, "lc").map((node) => node.id)).toEqual(["yn", "hh", "lc"])
    expect(regionPath(regions, "missing")).toEqual([])
  })

  it("collects a prefecture and everything under it", () => {
    expect([...subtreeIds(regions, "hh")].sort()).toEqual(["hh", "jp", "lc"])
  })
})
