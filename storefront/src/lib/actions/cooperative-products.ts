"use server"

import { refresh, updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { isLocale, type Locale } from "@/i18n/config"
import { CACHE_TAGS } from "@/lib/data/cache-tags"
import type { MemberProduct } from "@/lib/data/cooperative-types"
import { portalPath } from "@/modules/cooperative/lib/paths"
import {
  fieldErrors,
  NewProduct,
  pickedPictures,
  pictureProblem,
  ProductDetails,
  productValues,
  readProductForm,
  type FieldErrorCode,
  type ProductFormValues,
} from "@/modules/cooperative/lib/product-form"

import { type FormState } from "./cooperative-form-state"
import { formText } from "./form-fields"
import { backendProblem, memberWrite, uploadPictures, type BackendProblem } from "./cooperative-requests"
import { fail, ok } from "./result"

export type ProductErrorCode = FieldErrorCode | Exclude<BackendProblem, "refused">
export type ProductFormState = FormState<{ id: string }, ProductErrorCode, ProductFormValues, FieldErrorCode>

const localeOf = (form: FormData): Locale => {
  const value = formText(form, "locale")
  return isLocale(value) ? value : "zh-CN"
}

/** A refused form: every wrong field, the first one as the result's field. */
function refused(fields: Record<string, FieldErrorCode>, values: ProductFormValues): ProductFormState {
  const [field, code] = Object.entries(fields)[0] ?? ["", "title"]
  return { ...fail(code, field), fields, values }
}

/** The backend's refusal put beside the field its message names (it always starts with the field). */
function fromBackend(error: unknown, values: ProductFormValues): ProductFormState {
  const { problem, message } = backendProblem(error)
  if (problem !== "refused") return { ...fail(problem === "unexpected" ? "unexpected" : problem), values }
  if (/^files|^images/.test(message)) return refused({ new_images: "images" }, values)
  const sku = values.variants.findIndex(
    (variant) => variant.sku && message.includes(variant.sku.toUpperCase())
  )
  if (/sku/i.test(message)) return refused({ [`variants.${Math.max(sku, 0)}.sku`]: "sku" }, values)
  const field = /^(title_en|title|description_en|description|status)\b/.exec(message)?.[1] as
    FieldErrorCode | undefined
  return field ? refused({ [field]: field }, values) : { ...fail("unexpected"), values }
}

/** Uploads the form's new pictures (so a refused form keeps them) and checks the text; answers the problems. */
async function withPictures(
  form: FormData,
  values: ProductFormValues
): Promise<Record<string, FieldErrorCode>> {
  const picked = pickedPictures(form)
  const problem = pictureProblem(picked, values.images.length)
  if (!problem) values.images.push(...(await uploadPictures(picked)))
  return problem ? { new_images: problem } : {}
}

const optionalText = (value: string) => (value.trim() ? value.trim() : null)

export async function createProduct(_previous: ProductFormState, form: FormData): Promise<ProductFormState> {
  const values = readProductForm(form)
  let id: string
  try {
    const pictureErrors = await withPictures(form, values)
    const parsed = NewProduct.safeParse(values)
    const fields = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...pictureErrors }
    if (!parsed.success || Object.keys(fields).length) return refused(fields, values)
    const { description, description_en, variants, ...product } = parsed.data
    const body = {
      ...product,
      description: optionalText(description),
      description_en: optionalText(description_en),
      variants: variants.map(({ title_en, ...variant }) => ({
        ...variant,
        ...(title_en ? { title_en } : {}),
      })),
    }
    id = (await memberWrite<{ product: MemberProduct }>("/cooperative/products", { method: "POST", body }))
      .product.id
  } catch (error) {
    return fromBackend(error, values)
  }
  // The shop's product lists are cached: the new listing must show there at once.
  updateTag(CACHE_TAGS.products)
  redirect(`${portalPath(localeOf(form), "/products")}?created=${encodeURIComponent(id)}`)
}

export async function updateProductDetails(
  productId: string,
  _previous: ProductFormState,
  form: FormData
): Promise<ProductFormState> {
  const values = readProductForm(form)
  try {
    const pictureErrors = await withPictures(form, values)
    const parsed = ProductDetails.safeParse(values)
    const fields = { ...(parsed.success ? {} : fieldErrors(parsed.error)), ...pictureErrors }
    if (!parsed.success || Object.keys(fields).length) return refused(fields, values)
    const { description, description_en, ...details } = parsed.data
    const body = {
      ...details,
      description: optionalText(description),
      description_en: optionalText(description_en),
    }
    const { product } = await memberWrite<{ product: MemberProduct }>(
      `/cooperative/products/${encodeURIComponent(productId)}`,
      { method: "POST", body }
    )
    updateTag(CACHE_TAGS.products)
    refresh()
    return { ...ok({ id: product.id }), values: productValues(product) }
  } catch (error) {
    return fromBackend(error, values)
  }
}

/** Puts a listing on sale again or takes it out of the shop. */
export async function setProductStatus(form: FormData): Promise<void> {
  const status = formText(form, "status") === "published" ? "published" : "draft"
  await memberWrite(`/cooperative/products/${encodeURIComponent(formText(form, "id"))}`, {
    method: "POST",
    body: { status },
  })
  updateTag(CACHE_TAGS.products)
  refresh()
}

export async function deleteProduct(form: FormData): Promise<void> {
  await memberWrite(`/cooperative/products/${encodeURIComponent(formText(form, "id"))}`, { method: "DELETE" })
  updateTag(CACHE_TAGS.products)
  redirect(`${portalPath(localeOf(form), "/products")}?deleted=1`)
}
