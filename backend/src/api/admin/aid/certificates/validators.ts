import { z } from "@medusajs/framework/zod"
import { adminListParams } from "../validators"

const certificateFields = {
  number: z.string().trim().min(3).max(64),
  issuer: z.string().trim().min(2).max(200),
  valid_from: z.coerce.date(),
  valid_to: z.coerce.date(),
}

const validityOrdered = (value: { valid_from?: Date; valid_to?: Date }) =>
  !value.valid_from || !value.valid_to || value.valid_to >= value.valid_from

export const AdminCreateCertificate = z
  .object({ ...certificateFields, product_id: z.string().min(1).nullish() })
  .strict()
  .refine(validityOrdered, {
    path: ["valid_to"],
    message: "valid_to must not be before valid_from",
  })
export type AdminCreateCertificateType = z.infer<typeof AdminCreateCertificate>

export const AdminUpdateCertificate = z
  .object(certificateFields)
  .partial()
  .extend({ product_id: z.string().min(1).nullable().optional() })
  .strict()
  .refine(validityOrdered, {
    path: ["valid_to"],
    message: "valid_to must not be before valid_from",
  })
export type AdminUpdateCertificateType = z.infer<typeof AdminUpdateCertificate>

export const AdminListCertificatesParams = adminListParams()
