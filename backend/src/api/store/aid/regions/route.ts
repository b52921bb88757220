import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { buildRegionTree, type RegionNode } from "../../../../modules/aid/utils/region-tree"
import { publicRegionFields } from "./public-fields"

/** The whole aid tree, province → prefecture → county, with pairings and cooperatives. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "aid_region",
    fields: publicRegionFields,
    pagination: { order: { code: "ASC" } },
  })
  res.json({ regions: buildRegionTree(data as RegionNode[]) })
}
