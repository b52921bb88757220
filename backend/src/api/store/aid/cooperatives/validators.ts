import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreListCooperativesParams = createFindParams({
  limit: 50,
  offset: 0,
}).extend({
  q: z.string().trim().min(1).optional(),
  county_id: z.union([z.string(), z.array(z.string())]).optional(),
})
export type StoreListCooperativesParamsType = z.infer<typeof StoreListCooperativesParams>

export const StoreGetCooperativeParams = z.object({}).strict()
