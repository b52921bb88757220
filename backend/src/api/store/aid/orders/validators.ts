import { z } from "@medusajs/framework/zod"

export const StoreAidOrderParams = z
  .object({ cart_id: z.string().trim().min(1, "cart_id must not be empty").optional() })
  .strict()
export type StoreAidOrderParamsType = z.infer<typeof StoreAidOrderParams>
