import "server-only"

import type { Locale } from "@/i18n/config"

import { CACHE_TAGS } from "./cache-tags"
import { cachedRead, getSdk } from "./sdk"

type PlaceNode = { id: string; name: string; name_en: string | null; children?: PlaceNode[] }

/**
 * Each aid region's name in the reader's language, by id. Ledger snapshots keep the Chinese name of
 * the day; an English reader sees the region's English name where it has one.
 */
export async function placeNames(locale: Locale): Promise<(id: string, snapshot: string) => string> {
  if (locale !== "en") return (_id, snapshot) => snapshot
  const { regions } = await getSdk().client.fetch<{ regions: PlaceNode[] }>("/store/aid/regions", {
    ...cachedRead(CACHE_TAGS.regions),
  })
  const names = new Map<string, string>()
  const visit = (node: PlaceNode) => {
    if (node.name_en) names.set(node.id, node.name_en)
    node.children?.forEach(visit)
  }
  regions.forEach(visit)
  return (id, snapshot) => names.get(id) ?? snapshot
}
