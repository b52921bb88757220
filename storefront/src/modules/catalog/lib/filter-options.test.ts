import { describe, expect, it } from "vitest"

import { getMessages } from "@/i18n/messages"
import type { StoreAidRegion, StoreKind, StorePublicCooperative } from "@/lib/data/types"

import { chipLabel, filterChoices } from "./filter-options"
import { parseListingParams } from "./listing-params"

const node = (
  code: string,
  level: StoreAidRegion["level"],
  name: string,
  children: StoreAidRegion[] = []
): StoreAidRegion => ({
  id: `id-${code}`,
  code,
  level,
  name,
  name_en: `${code} (en)`,
  story: null,
  story_en: null,
  image_url: null,
  parent_id: null,
  pairings: [],
  cooperatives: [],
  children,
})

const tree = [
  node("gansu", "province", "甘肃省", [
    node("baiyin", "prefecture", "白银市", [node("jingtai", "county", "景泰县")]),
    node("tianshui", "prefecture", "天水市", [node("maiji", "county", "麦积区")]),
  ]),
]

const honeyCooperative: StorePublicCooperative = {
  id: "coop",
  handle: "jingtai-wufo-honey",
  name: "景泰县五佛乡蜜蜂养殖合作社",
  name_en: "Wufo Beekeepers",
  story: null,
  story_en: null,
  households: 126,
  logo_url: null,
  county: { id: "id-jingtai", code: "jingtai", name: "景泰县", name_en: "Jingtai County" },
  place: [],
}

const kinds: StoreKind[] = [{ id: "k", handle: "honey", name: "蜂蜜", metadata: { name_en: "Honey" } }]

describe("filterChoices", () => {
  it("offers provinces with their prefectures, counties by prefecture and cooperatives by county", () => {
    const choices = filterChoices(tree, [honeyCooperative], kinds, "zh-CN")
    expect(choices.regions.map((option) => [option.value, option.label.trim()])).toEqual([
      ["gansu", "甘肃省"],
      ["baiyin", "白银市"],
      ["tianshui", "天水市"],
    ])
    expect(choices.regions[1]?.label.startsWith("\u00a0")).toBe(true)
    expect(choices.counties).toEqual([
      { label: "白银市", options: [{ value: "jingtai", label: "景泰县" }] },
      { label: "天水市", options: [{ value: "maiji", label: "麦积区" }] },
    ])
    expect(choices.cooperatives).toEqual([
      { label: "景泰县", options: [{ value: "jingtai-wufo-honey", label: "景泰县五佛乡蜜蜂养殖合作社" }] },
    ])
    expect(choices.kinds).toEqual([{ value: "honey", label: "蜂蜜" }])
  })

  it("speaks English in /en", () => {
    const choices = filterChoices(tree, [honeyCooperative], kinds, "en")
    expect(choices.kinds[0]?.label).toBe("Honey")
    expect(choices.cooperatives[0]?.options[0]?.label).toBe("Wufo Beekeepers")
  })
})

describe("chipLabel", () => {
  const choices = filterChoices(tree, [honeyCooperative], kinds, "zh-CN")
  const messages = getMessages("zh-CN").listing

  it("names places, cooperatives and kinds instead of showing codes", () => {
    const filters = parseListingParams({
      region: "baiyin",
      county: "jingtai",
      cooperative: "jingtai-wufo-honey",
      kind: "honey",
    })
    expect(chipLabel("region", filters, choices, messages)).toBe("白银市")
    expect(chipLabel("county", filters, choices, messages)).toBe("景泰县")
    expect(chipLabel("cooperative", filters, choices, messages)).toBe("景泰县五佛乡蜜蜂养殖合作社")
    expect(chipLabel("kind", filters, choices, messages)).toBe("蜂蜜")
  })

  it("shows an unknown code as it is, and the price range in yuan", () => {
    expect(chipLabel("kind", parseListingParams({ kind: "tea" }), choices, messages)).toBe("tea")
    expect(
      chipLabel("price", parseListingParams({ price_min: "50", price_max: "200" }), choices, messages)
    ).toBe("50 – 200 元")
    expect(chipLabel("price", parseListingParams({ price_min: "50" }), choices, messages)).toBe("50 元以上")
    const english = getMessages("en").listing
    expect(chipLabel("price", parseListingParams({ price_max: "99.5" }), choices, english)).toBe(
      "Up to ¥99.5"
    )
  })
})
