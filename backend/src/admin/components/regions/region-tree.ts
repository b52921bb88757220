import type { AidRegion } from "../../lib/aid-types"

export type RegionNode = AidRegion & { depth: number; path: string }

/**
 * Regions in tree order (each province, then its prefectures, then their counties), each with its depth
 * and its full path, e.g. "云南省 / 红河哈尼族彝族自治州 / 红河县". Orphans come last at depth 0.
 */
export function flattenRegionTree(regions: AidRegion[]): RegionNode[] {
  const children = new Map<string | null, AidRegion[]>()
  const ids = new Set(regions.map((region) => region.id))
  for (const region of regions) {
    const parent = region.parent_id && ids.has(region.parent_id) ? region.parent_id : null
    children.set(parent, [...(children.get(parent) ?? []), region])
  }
  const ordered: RegionNode[] = []
  const visit = (parent: string | null, depth: number, path: string) => {
    const siblings = [...(children.get(parent) ?? [])].sort((a, b) => a.code.localeCompare(b.code))
    for (const region of siblings) {
      const regionPath = path ? `${path} / ${region.name}` : region.name
      ordered.push({ ...region, depth, path: regionPath })
      visit(region.id, depth + 1, regionPath)
    }
  }
  visit(null, 0, "")
  return ordered
}
