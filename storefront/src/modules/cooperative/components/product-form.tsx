"use client"

import { useActionState } from "react"

import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { ProductFormState } from "@/lib/actions/cooperative-products"

import type { ProductFormValues } from "../lib/product-form"
import { generalErrorWords } from "./error-words"
import { fieldAria, FormField } from "./form-field"
import { Notice } from "./notice"
import { PicturePicker } from "./picture-picker"
import { inputClass, labelClass, primaryButton } from "./styles"
import { VariantRows } from "./variant-rows"

export type ProductFormMessages = Pick<
  Messages["portal"],
  "productForm" | "fieldErrors" | "errors" | "common"
>

type ProductFormProps = {
  locale: string
  /** createProduct, or updateProductDetails bound to the listing's id. */
  action: (state: ProductFormState, form: FormData) => Promise<ProductFormState>
  initial: ProductFormValues
  /** A new listing also takes its sizes; an existing one changes them in the price and stock form. */
  withVariants: boolean
  messages: ProductFormMessages
}

/** A listing's text, pictures and status (and, when new, its sizes), with each field's error beside it. */
export function ProductForm({ locale, action, initial, withVariants, messages }: ProductFormProps) {
  const [state, submit, pending] = useActionState(action, null)
  const values = state?.values ?? initial
  const { productForm: words, fieldErrors } = messages
  const fields = state?.ok === false ? (state.fields ?? {}) : {}
  const errorFor = (name: string) => {
    const code = fields[name]
    return code ? fieldErrors[code] : undefined
  }
  const fieldCount = Object.keys(fields).length
  const firstError = state?.ok === false ? state.field : undefined
  const text = (name: "title" | "title_en", label: string, hint?: string) => {
    const error = errorFor(name)
    return (
      <FormField id={`product-${name}`} label={label} hint={hint} error={error}>
        <input
          id={`product-${name}`}
          name={name}
          defaultValue={values[name]}
          autoFocus={firstError === name}
          className={inputClass}
          {...fieldAria(`product-${name}`, { error, hint })}
        />
      </FormField>
    )
  }
  const description = (name: "description" | "description_en", label: string) => {
    const error = errorFor(name)
    return (
      <FormField id={`product-${name}`} label={label} hint={words.descriptionHint} error={error}>
        <textarea
          id={`product-${name}`}
          name={name}
          rows={4}
          defaultValue={values[name]}
          className={inputClass}
          {...fieldAria(`product-${name}`, { error, hint: words.descriptionHint })}
        />
      </FormField>
    )
  }

  return (
    // Remounted with each answer, so the fields show what the action sent back (React empties a submitted form).
    <form key={JSON.stringify(values)} action={submit} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state?.ok === false && fieldCount > 0 ? (
        <Notice tone="error">{format(words.fixErrors, { count: fieldCount })}</Notice>
      ) : null}
      {state?.ok === false && fieldCount === 0 ? (
        <Notice tone="error">{generalErrorWords(messages.errors, state.error)}</Notice>
      ) : null}
      {state?.ok ? <Notice tone="success">{messages.common.saved}</Notice> : null}
      <section className="space-y-4">
        {text("title", words.titleLabel)}
        {text("title_en", words.titleEnLabel, words.titleEnHint)}
        {description("description", words.descriptionLabel)}
        {description("description_en", words.descriptionEnLabel)}
      </section>
      <PicturePicker
        title={values.title}
        initial={values.images}
        error={errorFor("new_images") ?? errorFor("images")}
        messages={words}
      />
      {withVariants ? (
        <section className="space-y-3">
          <div>
            <h2 className="text-base font-semibold text-stone-900">{words.variantsHeading}</h2>
            <p className="text-sm text-stone-600">{words.variantsHint}</p>
            {errorFor("variants") ? <p className="text-sm text-red-700">{errorFor("variants")}</p> : null}
          </div>
          <VariantRows
            initial={values.variants}
            errorFor={errorFor}
            firstError={firstError}
            messages={words}
          />
        </section>
      ) : null}
      <fieldset className="space-y-2">
        <legend className={labelClass}>{words.statusLabel}</legend>
        {(["published", "draft"] as const).map((status) => (
          <label key={status} className="flex min-h-11 items-center gap-3 text-sm text-stone-800">
            <input
              type="radio"
              name="status"
              value={status}
              defaultChecked={values.status === status}
              className="size-5 accent-brand-600"
            />
            {status === "published" ? words.statusPublished : words.statusDraft}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
        {withVariants
          ? pending
            ? words.creating
            : words.create
          : pending
            ? messages.common.saving
            : words.saveDetails}
      </button>
    </form>
  )
}
