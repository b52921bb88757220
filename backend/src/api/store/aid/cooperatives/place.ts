import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { regionPath, type RegionNode } from "../../../../modules/aid/utils/region-tree"

type WithCounty = { county?: { id?: string } | null }

/** Adds `place`: the province, prefecture and county a cooperative helps, top down. */
export async function withPlace(req: MedusaRequest, cooperatives: readonly object[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The tree is small (tens of rows): one read beats a nested join per level.
  const { data } = await query.graph({
    entity: "aid_region",
    fields: ["id", "code", "parent_id", "level", "name", "name_en"],
  })
  const regions = data as RegionNode[]
  return cooperatives.map((cooperative) => ({
    ...cooperative,
    place: regionPath(regions, (cooperative as WithCounty).county?.id ?? "").map(
      ({ id, code, level, name, name_en }) => ({ id, code, level, name, name_en })
    ),
  }))
}
