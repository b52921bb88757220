import { z } from "@medusajs/framework/zod"

// Medusa prints only the message for format errors, so each message names its field.
const yuan = z
  .number({ message: "price must be a number of yuan" })
  .positive("price must be more than 0")
  .max(1_000_000, "price must be at most 1,000,000")
  .multipleOf(0.01, "price must have at most 2 decimals (fen)")

const variant = z
  .object({
    title: z.string().trim().min(1, "variant title must not be empty").max(80),
    title_en: z.string().trim().max(80).optional(),
    sku: z
      .string()
      .trim()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "sku must be 2-40 capital letters, digits or dashes"),
    price: yuan,
    stock: z
      .number({ message: "stock must be a number" })
      .int("stock must be whole units")
      .min(0)
      .max(100_000),
  })
  .strict()

const texts = {
  title: z.string().trim().min(1, "title must not be empty").max(200),
  title_en: z.string().trim().min(1, "title_en must not be empty").max(200),
  description: z.string().trim().max(4000).nullish(),
  description_en: z.string().trim().max(4000).nullish(),
  thumbnail: z
    .string()
    .trim()
    .max(2000)
    .refine(
      (value) => /^(https?:\/\/|\/)/.test(value),
      "thumbnail must be an http(s) URL or a path starting with /"
    )
    .nullish(),
  status: z.enum(["draft", "published"], { message: "status must be draft or published" }),
}

export const CooperativeCreateProduct = z
  .object({
    ...texts,
    status: texts.status.default("published"),
    variants: z.array(variant).min(1, "variants must list at least one variant").max(20),
  })
  .strict()
  .refine((product) => new Set(product.variants.map((v) => v.title)).size === product.variants.length, {
    message: "variants must have different titles",
    path: ["variants"],
  })
export type CooperativeCreateProductType = z.infer<typeof CooperativeCreateProduct>

// Prices and stock change per variant through Medusa's own routes later; the listing text and status here.
export const CooperativeUpdateProduct = z.object(texts).partial().strict()
export type CooperativeUpdateProductType = z.infer<typeof CooperativeUpdateProduct>
