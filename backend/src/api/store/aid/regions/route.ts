import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildRegionTree } from "../../../../modules/aid/utils/region-tree"
import { loadPublicRegions } from "./public-fields"

/** The whole aid tree, province → prefecture → county, with pairings and cooperatives. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json({ regions: buildRegionTree(await loadPublicRegions(req)) })
}
