import { z } from "zod"

import type { portal } from "@/i18n/messages/zh-CN/portal"
import type { MemberProduct } from "@/lib/data/cooperative-types"

/** A field error's code: the key of its words in the catalogue's portal.fieldErrors. */
export type FieldErrorCode = keyof (typeof portal)["portal"]["fieldErrors"]

export const MAX_PICTURES = 10
/** At most this many new pictures in one save: the backend's limit per upload. */
export const MAX_NEW_PICTURES = 6
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024
export const PICTURE_TYPES = ["image/jpeg", "image/png", "image/webp"]

export type VariantValues = { title: string; title_en: string; sku: string; price: string; stock: string }

/** A product form as typed: text as entered, so a refused form shows exactly what was sent. */
export type ProductFormValues = {
  title: string
  title_en: string
  description: string
  description_en: string
  status: string
  images: string[]
  variants: VariantValues[]
}

export const emptyVariant: VariantValues = { title: "", title_en: "", sku: "", price: "", stock: "" }

export const emptyProduct: ProductFormValues = {
  title: "",
  title_en: "",
  description: "",
  description_en: "",
  status: "published",
  images: [],
  variants: [emptyVariant],
}

/** The edit form's starting values from a listing as the backend answers it. */
export function productValues(product: MemberProduct): ProductFormValues {
  return {
    title: product.title,
    title_en: product.metadata?.title_en ?? "",
    description: product.description ?? "",
    description_en: product.metadata?.description_en ?? "",
    status: product.status === "published" ? "published" : "draft",
    images: product.images.map((image) => image.url),
    variants: [],
  }
}

const read = (form: FormData, name: string) => {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

/** The product form's fields (variants named variants.<row>.<field>, in row order). */
export function readProductForm(form: FormData): ProductFormValues {
  const rows = new Set<number>()
  for (const key of form.keys()) {
    const row = /^variants\.(\d+)\.title$/.exec(key)?.[1]
    if (row !== undefined) rows.add(Number(row))
  }
  return {
    title: read(form, "title"),
    title_en: read(form, "title_en"),
    description: read(form, "description"),
    description_en: read(form, "description_en"),
    status: read(form, "status"),
    images: form.getAll("images").filter((url): url is string => typeof url === "string" && url !== ""),
    variants: [...rows]
      .sort((a, b) => a - b)
      .map((row) => ({
        title: read(form, `variants.${row}.title`),
        title_en: read(form, `variants.${row}.title_en`),
        sku: read(form, `variants.${row}.sku`),
        price: read(form, `variants.${row}.price`),
        stock: read(form, `variants.${row}.stock`),
      })),
  }
}

/** The pictures picked in the form's file input (an empty input sends one nameless, empty file). */
export function pickedPictures(form: FormData): File[] {
  return form.getAll("new_images").filter((file): file is File => file instanceof File && file.size > 0)
}

/** Why these pictures cannot be uploaded, or undefined when they can. */
export function pictureProblem(files: File[], alreadyThere: number): FieldErrorCode | undefined {
  const wrong = files.some((file) => !PICTURE_TYPES.includes(file.type) || file.size > MAX_PICTURE_BYTES)
  const tooMany = files.length > MAX_NEW_PICTURES || files.length + alreadyThere > MAX_PICTURES
  return wrong || tooMany ? "images" : undefined
}

// Messages are field error codes; the issue's path names the field (variants.0.sku).
export const priceField = z
  .string()
  .trim()
  .regex(/^\d{1,7}(\.\d{1,2})?$/, "price")
  .transform(Number)
  .refine((yuan) => yuan > 0 && yuan <= 1_000_000, "price")
export const stockField = z
  .string()
  .trim()
  .regex(/^\d{1,6}$/, "stock")
  .transform(Number)
  .refine((units) => units <= 100_000, "stock")

const details = {
  title: z.string().trim().min(1, "title").max(200, "title"),
  title_en: z.string().trim().min(1, "title_en").max(200, "title_en"),
  description: z.string().trim().max(4000, "description"),
  description_en: z.string().trim().max(4000, "description_en"),
  status: z.enum(["published", "draft"], { error: "status" }),
  images: z.array(z.string()).max(MAX_PICTURES, "images"),
}

export const ProductDetails = z.object(details)

const variant = z.object({
  title: z.string().trim().min(1, "variant_title").max(80, "variant_title"),
  title_en: z.string().trim().max(80, "variant_title_en"),
  sku: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, "sku"),
  price: priceField,
  stock: stockField,
})

export const NewProduct = z.object({
  ...details,
  variants: z
    .array(variant)
    .min(1, "variants")
    .max(20, "variants")
    .refine((rows) => new Set(rows.map((row) => row.title.trim())).size === rows.length, "variants")
    .refine(
      (rows) => new Set(rows.map((row) => row.sku.trim().toUpperCase())).size === rows.length,
      "variants"
    ),
})

/** Every refused field of a parse, by its form name, with the code of the words to show beside it. */
export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  const fields: Record<string, FieldErrorCode> = {}
  for (const issue of error.issues) {
    const name = issue.path.join(".")
    fields[name] ??= issue.message as FieldErrorCode
  }
  return fields
}
