"use client"

import { useActionState } from "react"

import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { StockFormState } from "@/lib/actions/cooperative-stock"
import type { MemberVariant } from "@/lib/data/cooperative-types"

import { generalErrorWords } from "./error-words"
import { fieldAria, FormField } from "./form-field"
import { Notice } from "./notice"
import { inputClass, primaryButton } from "./styles"

type StockFormProps = {
  /** updateProductStock bound to the listing's id. */
  action: (state: StockFormState, form: FormData) => Promise<StockFormState>
  variants: MemberVariant[]
  locale: string
  messages: Pick<Messages["portal"], "stockForm" | "productForm" | "fieldErrors" | "errors" | "common">
}

/** Each size's yuan price and stock at the cooperative's own location; only changed rows are sent. */
export function StockForm({ action, variants, locale, messages }: StockFormProps) {
  const [state, submit, pending] = useActionState(action, null)
  const fields = state?.ok === false ? (state.fields ?? {}) : {}
  const value = (name: string, fallback: string) => state?.values?.[name] ?? fallback
  return (
    <form key={JSON.stringify(state?.values ?? {})} action={submit} className="space-y-4" noValidate>
      {state?.ok === false && !state.field ? (
        <Notice tone="error">{generalErrorWords(messages.errors, state.error)}</Notice>
      ) : null}
      {state?.ok ? <Notice tone="success">{messages.stockForm.saved}</Notice> : null}
      <ul className="space-y-3">
        {variants.map((variant, row) => {
          const name = (field: string) => `variants.${row}.${field}`
          const title = locale === "en" ? variant.metadata?.title_en || variant.title : variant.title
          const input = (field: "price" | "stock", label: string, initial: string) => {
            const id = `stock-${variant.id}-${field}`
            const code = fields[name(field)]
            const error = code ? messages.fieldErrors[code] : undefined
            return (
              <FormField id={id} label={label} error={error}>
                <input
                  id={id}
                  name={name(field)}
                  defaultValue={value(name(field), initial)}
                  inputMode={field === "price" ? "decimal" : "numeric"}
                  className={inputClass}
                  {...fieldAria(id, { error })}
                />
              </FormField>
            )
          }
          return (
            <li key={variant.id} className="rounded-xl border border-stone-200 p-3 sm:p-4">
              <input type="hidden" name={name("id")} value={variant.id} />
              <input type="hidden" name={name("price_was")} value={String(variant.price ?? "")} />
              <input type="hidden" name={name("stock_was")} value={String(variant.stocked_quantity)} />
              <input type="hidden" name={name("reserved")} value={String(variant.reserved_quantity)} />
              <p className="mb-2 text-sm">
                <span className="font-medium text-stone-900">{title}</span>
                <span className="ml-2 font-mono text-xs text-stone-500">{variant.sku}</span>
              </p>
              <div className="grid grid-cols-2 gap-3 sm:max-w-md">
                {input("price", messages.productForm.price, String(variant.price ?? ""))}
                {input("stock", messages.productForm.stock, String(variant.stocked_quantity))}
              </div>
              {variant.reserved_quantity > 0 ? (
                <p className="mt-2 text-xs text-stone-500">
                  {format(messages.stockForm.ordered, { count: variant.reserved_quantity })}
                </p>
              ) : null}
            </li>
          )
        })}
      </ul>
      <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
        {pending ? messages.common.saving : messages.stockForm.save}
      </button>
    </form>
  )
}
