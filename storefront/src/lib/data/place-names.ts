import "server-only"

import type { Locale } from "@/i18n/config"

import { listAidRegions } from "./aid"
import type { StoreAidRegion } from "./types"

/**
 * Each aid region's name in the reader's language, by id. Ledger snapshots keep the Chinese name of
 * the day; an English reader sees the region's English name where it has one.
 */
export async function placeNames(locale: Locale): Promise<(id: string, snapshot: string) => string> {
  if (locale !== "en") return (_id, snapshot) => snapshot
  const names = new Map<string, string>()
  const visit = (node: StoreAidRegion) => {
    if (node.name_en) names.set(node.id, node.name_en)
    node.children.forEach(visit)
  }
  ;(await listAidRegions()).forEach(visit)
  return (id, snapshot) => names.get(id) ?? snapshot
}
