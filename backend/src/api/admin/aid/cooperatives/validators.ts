import { z } from "@medusajs/framework/zod"
import { adminListParams, chineseName, englishName, imageUrl, story } from "../validators"

const cooperativeFields = {
  handle: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9]+(-[a-z0-9]+)*$/,
      "handle must be lowercase letters, digits and single dashes, e.g. jingtai-wufo-honey"
    ),
  name: chineseName,
  name_en: englishName,
  county_id: z.string().min(1),
  story,
  story_en: story,
  households: z.number().int().min(0).max(1_000_000).optional(),
  contact_name: z.string().trim().max(120).nullish(),
  contact_phone: z
    .string()
    .trim()
    .regex(
      /^(\+?86[- ]?)?(1\d{10}|0\d{2,3}-?\d{7,8})$/,
      "contact_phone must be a mainland mobile (11 digits) or landline number"
    )
    .nullish(),
  contact_email: z.email({ error: "contact_email must be an email address" }).nullish(),
  logo_url: imageUrl("logo_url"),
}

export const AdminCreateCooperative = z.object(cooperativeFields).strict()
export type AdminCreateCooperativeType = z.infer<typeof AdminCreateCooperative>

export const AdminUpdateCooperative = AdminCreateCooperative.partial().strict()
export type AdminUpdateCooperativeType = z.infer<typeof AdminUpdateCooperative>

export const AdminListCooperativesParams = adminListParams({
  county_id: z.string().optional(),
})
