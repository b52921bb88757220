import type { Locale } from "@/i18n/config"
import type { AidFigures, AidImpact, StoreAidRegion, StorePairing } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"

/** Every node of the tree, parents before children, in the backend's order. */
export function flattenRegions(tree: StoreAidRegion[]): StoreAidRegion[] {
  return tree.flatMap((region) => [region, ...flattenRegions(region.children)])
}

/** The places that have their own pairing, oldest pairing first (then in tree order): the home page's cards. */
export function pairedRegions(tree: StoreAidRegion[]): StoreAidRegion[] {
  const paired = flattenRegions(tree).filter((region) => region.pairings.length > 0)
  const since = (region: StoreAidRegion) => Math.min(...region.pairings.map((pairing) => pairing.since_year))
  return paired
    .map((region, order) => ({ region, order }))
    .sort((a, b) => since(a.region) - since(b.region) || a.order - b.order)
    .map(({ region }) => region)
}

export type PairingLine = { donor: string; since: number }

/** Who helps a place and since when, oldest first, in the reader's language. */
export function pairingLines(pairings: StorePairing[], locale: Locale): PairingLine[] {
  return [...pairings]
    .sort((a, b) => a.since_year - b.since_year)
    .map((pairing) => ({
      donor: localized(locale, pairing.donor.name, pairing.donor.name_en),
      since: pairing.since_year,
    }))
}

/** The public totals of one region (any level); zeros when nothing has been sold there yet. */
export function regionTotals(impact: AidImpact, regionId: string): AidFigures {
  const row = [...impact.counties, ...impact.prefectures, ...impact.provinces].find(
    (each) => each.id === regionId
  )
  return row ?? { gross: 0, net: 0, orders: 0, items: 0, households: 0 }
}

/** The first sentence of a story, for a card's single line. */
export function storyLine(story: string | null | undefined): string | null {
  const text = story?.trim()
  if (!text) return null
  const end = text.search(/[。！？]|\.\s|\.$/)
  return end === -1 ? text : text.slice(0, end + 1)
}

/** The pairings of every place below a region, each with that place's name: what a prefecture page lists. */
export function pairingsBelow(region: StoreAidRegion, locale: Locale): (StorePairing & { place: string })[] {
  return flattenRegions(region.children).flatMap((place) =>
    place.pairings.map((pairing) => ({ ...pairing, place: localized(locale, place.name, place.name_en) }))
  )
}
