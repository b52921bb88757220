import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

/** Shared pieces of the aid admin validators. */
export const chineseName = z.string().trim().min(1).max(120)
export const englishName = z.string().trim().min(1).max(160)
export const story = z.string().trim().max(4000).nullish()
// Medusa prints only the message for format errors, so each message names its field.
export const imageUrl = (field: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine(
      (value) => /^(https?:\/\/|\/)/.test(value),
      `${field} must be an http(s) URL or a path starting with /`
    )
    .nullish()
export const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{2,64}$/, "code must be 2-64 lowercase letters, digits or dashes")

export const AdminGetAidRecordParams = createSelectParams()
export type AdminGetAidRecordParamsType = z.infer<typeof AdminGetAidRecordParams>

export const adminListParams = (filters: z.ZodRawShape = {}) =>
  createFindParams({ limit: 50, offset: 0 }).extend({
    q: z.string().optional(),
    ...filters,
  })
