import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RegionNode } from "../../../../modules/aid/utils/region-tree"

/** What the public may see of a region: no contact data, no internal notes beyond the pairing's. */
export const publicRegionFields = [
  "id",
  "code",
  "level",
  "name",
  "name_en",
  "story",
  "story_en",
  "image_url",
  "parent_id",
  "pairings.id",
  "pairings.since_year",
  "pairings.note",
  "pairings.note_en",
  "pairings.donor.id",
  "pairings.donor.name",
  "pairings.donor.name_en",
  "cooperatives.id",
  "cooperatives.handle",
  "cooperatives.name",
  "cooperatives.name_en",
  "cooperatives.story",
  "cooperatives.story_en",
  "cooperatives.households",
  "cooperatives.logo_url",
]

/** Every region with its public fields, ordered by code; the tree is small enough to read whole. */
export async function loadPublicRegions(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "aid_region",
    fields: publicRegionFields,
    pagination: { order: { code: "ASC" } },
  })
  return data as RegionNode[]
}
