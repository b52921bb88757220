export type RegionNode = {
  id: string
  parent_id: string | null
  level: string
  children?: RegionNode[]
} & Record<string, unknown>

/** Nests a flat list of regions under their parents; roots (provinces) first, order kept. */
export function buildRegionTree<T extends RegionNode>(regions: T[]): (T & { children: T[] })[] {
  const nodes = new Map(regions.map((region) => [region.id, { ...region, children: [] as T[] }]))
  const roots: (T & { children: T[] })[] = []
  for (const node of nodes.values()) {
    const parent = node.parent_id ? nodes.get(node.parent_id) : undefined
    if (parent) {
      parent.children.push(node)
    } else {
      roots.push(node)
    }
  }
  return roots
}

/** The chain from the province down to the given region. */
export function regionPath<T extends RegionNode>(regions: T[], id: string): T[] {
  const byId = new Map(regions.map((region) => [region.id, region]))
  const path: T[] = []
  const seen = new Set<string>()
  for (
    let node = byId.get(id);
    node && !seen.has(node.id);
    node = node.parent_id ? byId.get(node.parent_id) : undefined
  ) {
    seen.add(node.id)
    path.unshift(node)
  }
  return path
}

/** The ids of a region and everything below it. */
export function subtreeIds(regions: RegionNode[], id: string): Set<string> {
  const ids = new Set([id])
  let grew = true
  while (grew) {
    grew = false
    for (const region of regions) {
      if (region.parent_id && ids.has(region.parent_id) && !ids.has(region.id)) {
        ids.add(region.id)
        grew = true
      }
    }
  }
  return ids
}
