import { z } from "@medusajs/framework/zod"

export const AdminSetProductCooperative = z.object({ cooperative_id: z.string().min(1).nullable() }).strict()
export type AdminSetProductCooperativeType = z.infer<typeof AdminSetProductCooperative>
