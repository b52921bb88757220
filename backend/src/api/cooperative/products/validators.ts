import { z } from "@medusajs/framework/zod"
import { publicUrls } from "../../../utils/public-urls"

// Medusa prints only the message for format errors, so each message names its field.
const yuan = z
  .number({ message: "price must be a number of yuan" })
  .positive("price must be more than 0")
  .max(1_000_000, "price must be at most 1,000,000")
  .multipleOf(0.01, "price must have at most 2 decimals (fen)")

const stock = z
  .number({ message: "stock must be a number" })
  .int("stock must be whole units")
  .min(0, "stock must not be negative")
  .max(100_000, "stock must be at most 100,000")

const variant = z
  .object({
    title: z.string().trim().min(1, "variant title must not be empty").max(80),
    title_en: z.string().trim().max(80).optional(),
    sku: z
      .string()
      .trim()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "sku must be 2-40 capital letters, digits or dashes"),
    price: yuan,
    stock,
  })
  .strict()

// Only pictures uploaded through POST /cooperative/uploads: the shop shows them, and it loads no other host.
const images = z
  .array(
    z
      .string()
      .trim()
      .refine((url) => url.startsWith(publicUrls().uploadedFiles), "images must be pictures uploaded here")
  )
  .max(10, "images must be at most 10 pictures")

const texts = {
  title: z.string().trim().min(1, "title must not be empty").max(200, "title must be at most 200 characters"),
  title_en: z
    .string()
    .trim()
    .min(1, "title_en must not be empty")
    .max(200, "title_en must be at most 200 characters"),
  description: z.string().trim().max(4000, "description must be at most 4000 characters").nullish(),
  description_en: z.string().trim().max(4000, "description_en must be at most 4000 characters").nullish(),
  images,
  status: z.enum(["draft", "published"], { message: "status must be draft or published" }),
}

export const CooperativeCreateProduct = z
  .object({
    ...texts,
    images: images.default([]),
    status: texts.status.default("published"),
    variants: z.array(variant).min(1, "variants must list at least one variant").max(20),
  })
  .strict()
  .refine((product) => new Set(product.variants.map((v) => v.title)).size === product.variants.length, {
    message: "variants must have different titles",
    path: ["variants"],
  })
export type CooperativeCreateProductType = z.infer<typeof CooperativeCreateProduct>

// The listing's text, pictures and status; prices and stock change through /inventory.
export const CooperativeUpdateProduct = z.object(texts).partial().strict()
export type CooperativeUpdateProductType = z.infer<typeof CooperativeUpdateProduct>

export const CooperativeUpdateInventory = z
  .object({
    variants: z
      .array(
        z
          .object({
            id: z.string().min(1, "variants id must not be empty"),
            price: yuan.optional(),
            stock: stock.optional(),
          })
          .strict()
          .refine((change) => change.price !== undefined || change.stock !== undefined, {
            message: "variants must change price or stock",
          })
      )
      .min(1, "variants must list at least one variant")
      .max(20)
      .refine((changes) => new Set(changes.map((change) => change.id)).size === changes.length, {
        message: "variants must list each variant once",
      }),
  })
  .strict()
export type CooperativeUpdateInventoryType = z.infer<typeof CooperativeUpdateInventory>
