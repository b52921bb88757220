import { z } from "@medusajs/framework/zod"
import { adminListParams, chineseName, code, englishName, imageUrl, story } from "../validators"

const regionFields = {
  name: chineseName,
  name_en: englishName,
  story,
  story_en: story,
  image_url: imageUrl("image_url"),
}

export const AdminCreateAidRegion = z
  .object({
    code,
    level: z.enum(["province", "prefecture", "county"]),
    parent_id: z.string().min(1).nullish(),
    ...regionFields,
  })
  .strict()
export type AdminCreateAidRegionType = z.infer<typeof AdminCreateAidRegion>

// Level and parent are fixed once created: moving a county would rewrite which tree its cooperatives are in.
export const AdminUpdateAidRegion = z
  .object({ code, ...regionFields })
  .partial()
  .strict()
export type AdminUpdateAidRegionType = z.infer<typeof AdminUpdateAidRegion>

export const AdminListAidRegionsParams = adminListParams({
  level: z.enum(["province", "prefecture", "county"]).optional(),
  parent_id: z.string().optional(),
})
export type AdminListAidRegionsParamsType = z.infer<typeof AdminListAidRegionsParams>
