import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { StoreAidRegion, StoreKind, StorePublicCooperative } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"
import { flattenRegions } from "@/modules/aid/lib/region-model"

import type { FilterKey, ListingFilters } from "./listing-params"

export type FilterOption = { value: string; label: string }
export type FilterOptionGroup = { label: string; options: FilterOption[] }

/** What each select of the filter form offers, in the reader's language. */
export type FilterChoices = {
  /** Provinces, each followed by its prefectures (indented). */
  regions: FilterOption[]
  /** Counties under their prefecture. */
  counties: FilterOptionGroup[]
  /** Cooperatives under their county. */
  cooperatives: FilterOptionGroup[]
  kinds: FilterOption[]
}

// Non-breaking spaces survive in <option> text, where leading ordinary spaces are dropped.
const INDENT = "\u00a0\u00a0\u00a0"

export function filterChoices(
  tree: StoreAidRegion[],
  cooperatives: StorePublicCooperative[],
  kinds: StoreKind[],
  locale: Locale
): FilterChoices {
  const name = (region: { name: string; name_en: string | null }) =>
    localized(locale, region.name, region.name_en)
  const all = flattenRegions(tree)
  const prefectures = all.filter((region) => region.level === "prefecture")
  const counties = all.filter((region) => region.level === "county")
  return {
    regions: all
      .filter((region) => region.level !== "county")
      .map((region) => ({
        value: region.code,
        label: region.level === "province" ? name(region) : `${INDENT}${name(region)}`,
      })),
    counties: prefectures
      .map((prefecture) => ({
        label: name(prefecture),
        options: prefecture.children
          .filter((child) => child.level === "county")
          .map((county) => ({ value: county.code, label: name(county) })),
      }))
      .filter((group) => group.options.length > 0),
    cooperatives: counties
      .map((county) => ({
        label: name(county),
        options: cooperatives
          .filter((cooperative) => cooperative.county?.id === county.id)
          .map((cooperative) => ({ value: cooperative.handle, label: name(cooperative) })),
      }))
      .filter((group) => group.options.length > 0),
    kinds: kinds.map((kind) => ({
      value: kind.handle,
      label: localized(locale, kind.name, kind.metadata?.name_en),
    })),
  }
}

const labelOf = (options: FilterOption[], value: string | undefined) =>
  (options.find((option) => option.value === value)?.label ?? value ?? "").trim()

/** The words on a filter's chip: the chosen place, cooperative or kind by name, the price range in yuan. */
export function chipLabel(
  key: FilterKey,
  filters: ListingFilters,
  choices: FilterChoices,
  messages: Messages["listing"]
): string {
  switch (key) {
    case "region":
      return labelOf(choices.regions, filters.region)
    case "county":
      return labelOf(
        choices.counties.flatMap((group) => group.options),
        filters.county
      )
    case "cooperative":
      return labelOf(
        choices.cooperatives.flatMap((group) => group.options),
        filters.cooperative
      )
    case "kind":
      return labelOf(choices.kinds, filters.kind)
    case "certified":
      return messages.certified
    case "price": {
      const { price_min: min, price_max: max } = filters
      if (min !== undefined && max !== undefined) return format(messages.chipPrice, { min, max })
      return min !== undefined
        ? format(messages.chipPriceFrom, { min })
        : format(messages.chipPriceTo, { max: max ?? "" })
    }
  }
}
