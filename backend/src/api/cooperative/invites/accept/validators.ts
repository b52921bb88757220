import { z } from "@medusajs/framework/zod"

export const CooperativeAcceptInvite = z
  .object({
    token: z.string().min(10, "token must be the code from the invite link"),
    password: z.string().min(8, "password must be at least 8 characters").max(128),
  })
  .strict()
export type CooperativeAcceptInviteType = z.infer<typeof CooperativeAcceptInvite>
