import { z } from "@medusajs/framework/zod"

export const LISTING_SORTS = ["newest", "price_asc", "price_desc"] as const
export type ListingSort = (typeof LISTING_SORTS)[number]

// Medusa prints only the message for format errors, so each message names its field.
const code = (field: string) =>
  z.string().trim().min(1, `${field} must not be empty`).max(100, `${field} is too long`).optional()

// Yuan in major units with at most two decimals, as a buyer types it ("68", "39.90").
const yuan = (field: string) =>
  z
    .string()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, `${field} must be an amount in yuan like 68 or 39.90`)
    .optional()

const positiveInt = (field: string, max: number) =>
  z.coerce
    .number({ message: `${field} must be a whole number` })
    .int(`${field} must be a whole number`)
    .min(1, `${field} must be at least 1`)
    .max(max, `${field} must be at most ${max}`)

/**
 * The public product listing. `region_id` is Medusa's pricing region (as on /store/products); `region`,
 * `county` and `cooperative` name aid places and producers by code and handle, `kind` a category handle.
 */
export const StoreAidProductsParams = z
  .object({
    region_id: z.string({ message: "region_id is required" }).trim().min(1, "region_id is required"),
    region: code("region"),
    county: code("county"),
    cooperative: code("cooperative"),
    kind: code("kind"),
    certified: z
      .enum(["true", "false", "1", "0"], { message: "certified must be true or false" })
      .optional()
      .transform((value) => value === "true" || value === "1"),
    price_min: yuan("price_min"),
    price_max: yuan("price_max"),
    sort: z
      .enum(LISTING_SORTS, { message: `sort must be one of ${LISTING_SORTS.join(", ")}` })
      .default("newest"),
    page: positiveInt("page", 1000).default(1),
    limit: positiveInt("limit", 48).default(12),
  })
  .strict()
  .refine(
    (query) =>
      query.price_min === undefined ||
      query.price_max === undefined ||
      Number(query.price_min) <= Number(query.price_max),
    { message: "price_min must not be more than price_max", path: ["price_min"] }
  )
export type StoreAidProductsParamsType = z.infer<typeof StoreAidProductsParams>
