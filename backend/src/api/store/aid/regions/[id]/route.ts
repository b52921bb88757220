import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  buildRegionTree,
  regionPath,
  subtreeIds,
  type RegionNode,
} from "../../../../../modules/aid/utils/region-tree"
import { loadPublicRegions } from "../public-fields"

type PublicRegion = RegionNode & {
  code?: string
  pairings?: unknown[]
  cooperatives?: unknown[]
}

/**
 * One region, by id or by its code (the storefront's readable URLs), with its path from the province,
 * the pairings over it and every cooperative below it.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const regions = (await loadPublicRegions(req)) as PublicRegion[]
  const param = req.params.id ?? ""
  const id = regions.find((candidate) => candidate.id === param || candidate.code === param)?.id ?? param
  const path = regionPath(regions, id)
  const region = path[path.length - 1]
  if (!region) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Aid region with id ${id} was not found`)
  }
  const below = subtreeIds(regions, id)
  const subtree = regions.filter((candidate) => below.has(candidate.id))
  res.json({
    region: {
      ...region,
      path: path.map(({ id, code, level, name, name_en }) => ({
        id,
        code,
        level,
        name,
        name_en,
      })),
      // A county is helped by the pairings on it and on the prefecture above it.
      pairings: path.flatMap((node) => node.pairings ?? []),
      cooperatives: subtree.flatMap((node) => node.cooperatives ?? []),
      children: buildRegionTree(subtree).flatMap((root) => root.children),
    },
  })
}
