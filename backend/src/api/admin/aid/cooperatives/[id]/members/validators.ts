import { z } from "@medusajs/framework/zod"

export const AdminInviteMember = z
  .object({
    email: z.string().trim().toLowerCase().email("email must be an email address"),
    name: z.string().trim().min(1, "name must not be empty").max(80),
    phone: z
      .string()
      .trim()
      .regex(/^1\d{10}$/, "phone must be an 11-digit mainland mobile number")
      .nullish(),
  })
  .strict()
export type AdminInviteMemberType = z.infer<typeof AdminInviteMember>
