"use server"

import { refresh, updateTag } from "next/cache"

import { CACHE_TAGS } from "@/lib/data/cache-tags"
import { priceField, stockField, type FieldErrorCode } from "@/modules/cooperative/lib/product-form"

import { type FormState } from "./cooperative-form-state"
import { formText } from "./form-fields"
import { backendProblem, memberWrite, type BackendProblem } from "./cooperative-requests"
import { fail, ok } from "./result"

export type StockErrorCode = FieldErrorCode | Exclude<BackendProblem, "refused">
export type StockFormState = FormState<
  { changed: number },
  StockErrorCode,
  Record<string, string>,
  FieldErrorCode
>

type Change = { id: string; price?: number; stock?: number }

/** Each variant row's price and stock, checked; only what the member changed is sent. */
function readChanges(form: FormData) {
  const values: Record<string, string> = {}
  const fields: Record<string, FieldErrorCode> = {}
  const changes: Change[] = []
  for (let row = 0; form.has(`variants.${row}.id`); row++) {
    const name = (field: string) => `variants.${row}.${field}`
    for (const field of ["price", "stock"]) values[name(field)] = formText(form, name(field))
    const price = priceField.safeParse(values[name("price")])
    const stock = stockField.safeParse(values[name("stock")])
    if (!price.success) fields[name("price")] = "price"
    if (!stock.success) fields[name("stock")] = "stock"
    else if (stock.data < Number(formText(form, name("reserved"))))
      fields[name("stock")] = "stock_below_ordered"
    if (!price.success || !stock.success) continue
    const change: Change = { id: formText(form, name("id")) }
    if (price.data !== Number(formText(form, name("price_was")))) change.price = price.data
    if (stock.data !== Number(formText(form, name("stock_was")))) change.stock = stock.data
    if (change.price !== undefined || change.stock !== undefined) changes.push(change)
  }
  return { values, fields, changes }
}

/** Saves the yuan prices and the stock at the cooperative's own location of one listing's variants. */
export async function updateProductStock(
  productId: string,
  _previous: StockFormState,
  form: FormData
): Promise<StockFormState> {
  const { values, fields, changes } = readChanges(form)
  const [first] = Object.entries(fields)
  if (first) return { ...fail(first[1], first[0]), fields, values }
  if (!changes.length) return { ...ok({ changed: 0 }), values }
  try {
    await memberWrite(`/cooperative/products/${encodeURIComponent(productId)}/inventory`, {
      method: "POST",
      body: { variants: changes },
    })
  } catch (error) {
    const { problem, message } = backendProblem(error)
    if (problem !== "refused") return { ...fail(problem), values }
    // Someone ordered meanwhile: the stock asked for is now below what buyers are waiting for.
    return { ...fail(/already ordered/.test(message) ? "stock_below_ordered" : "stock"), values }
  }
  updateTag(CACHE_TAGS.products)
  refresh()
  return { ...ok({ changed: changes.length }), values }
}
