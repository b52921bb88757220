import { describe, expect, it } from "vitest"

import type { AidImpact, StoreAidRegion, StorePairing } from "@/lib/data/types"

import {
  flattenRegions,
  pairedRegions,
  pairingLines,
  pairingsBelow,
  regionTotals,
  storyLine,
} from "./region-model"

const pairing = (donor: string, since_year: number): StorePairing => ({
  id: `p-${donor}-${since_year}`,
  since_year,
  note: null,
  note_en: null,
  donor: {
    id: donor,
    name: donor === "changning" ? "上海市长宁区" : "天津市西青区",
    name_en: `${donor} district`,
  },
})

function region(
  code: string,
  level: StoreAidRegion["level"],
  children: StoreAidRegion[] = [],
  pairings: StorePairing[] = []
) {
  return {
    id: `id-${code}`,
    code,
    level,
    name: code,
    name_en: code.toUpperCase(),
    story: null,
    story_en: null,
    image_url: null,
    parent_id: null,
    pairings,
    cooperatives: [],
    children,
  } satisfies StoreAidRegion
}

const tree = [
  region("gansu", "province", [
    region("baiyin", "prefecture", [region("jingtai", "county", [], [pairing("xiqing", 2017)])]),
  ]),
  region("yunnan", "province", [
    region("honghe", "prefecture", [
      region("honghe-county", "county", [], [pairing("changning", 2017)]),
      region("jinping", "county", [], [pairing("changning", 1996)]),
    ]),
  ]),
]

describe("region model", () => {
  it("flattens the tree parents first", () => {
    expect(flattenRegions(tree).map((each) => each.code)).toEqual([
      "gansu",
      "baiyin",
      "jingtai",
      "yunnan",
      "honghe",
      "honghe-county",
      "jinping",
    ])
  })

  it("puts the oldest pairing first on the home page, then keeps the tree's order", () => {
    expect(pairedRegions(tree).map((each) => each.code)).toEqual(["jinping", "jingtai", "honghe-county"])
  })

  it("names the donors in the reader's language, oldest first", () => {
    const lines = pairingLines([pairing("xiqing", 2017), pairing("changning", 1996)], "en")
    expect(lines).toEqual([
      { donor: "changning district", since: 1996 },
      { donor: "xiqing district", since: 2017 },
    ])
    expect(pairingLines([pairing("changning", 1996)], "zh-CN")[0]?.donor).toBe("上海市长宁区")
  })

  it("finds a region's totals at any level, zeros when it has none", () => {
    const figures = { gross: 336, net: 300, orders: 2, items: 3, households: 85 }
    const impact: AidImpact = {
      currency_code: "cny",
      totals: figures,
      provinces: [{ id: "id-yunnan", name: "云南省", ...figures }],
      prefectures: [],
      counties: [{ id: "id-jinping", name: "金平", ...figures, net: 100 }],
    }
    expect(regionTotals(impact, "id-yunnan").net).toBe(300)
    expect(regionTotals(impact, "id-jinping").net).toBe(100)
    expect(regionTotals(impact, "id-gansu")).toEqual({ gross: 0, net: 0, orders: 0, items: 0, households: 0 })
  })

  it("keeps a story's first sentence for a card", () => {
    expect(storyLine("哈尼梯田层层叠叠。绣娘们把山与水绣进布里。")).toBe("哈尼梯田层层叠叠。")
    expect(storyLine("The Yellow River runs through it. Sweet fruit grows.")).toBe(
      "The Yellow River runs through it."
    )
    expect(storyLine("No full stop")).toBe("No full stop")
    expect(storyLine("  ")).toBeNull()
  })
})

describe("pairingsBelow", () => {
  it("lists the pairings of the places below a prefecture with their names", () => {
    const honghe = flattenRegions(tree).find((each) => each.code === "honghe")!
    expect(pairingsBelow(honghe, "en").map((each) => [each.place, each.since_year])).toEqual([
      ["HONGHE-COUNTY", 2017],
      ["JINPING", 1996],
    ])
  })
})
