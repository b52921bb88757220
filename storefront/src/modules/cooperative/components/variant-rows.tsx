"use client"

import { useState } from "react"

import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"

import { emptyVariant, type VariantValues } from "../lib/product-form"
import { fieldAria, FormField } from "./form-field"
import { inputClass, labelClass, secondaryButton } from "./styles"

type VariantRowsProps = {
  initial: VariantValues[]
  errorFor: (name: string) => string | undefined
  firstError?: string
  messages: Messages["portal"]["productForm"]
}

/** A new listing's sizes: name in both languages, SKU, price and stock, one row each. */
export function VariantRows({ initial, errorFor, firstError, messages }: VariantRowsProps) {
  // Keys stay with their row when another row is removed, so typed values stay where they were.
  const [rows, setRows] = useState(() => initial.map((values, index) => ({ key: index, values })))
  const [nextKey, setNextKey] = useState(initial.length)
  const add = () => {
    setRows([...rows, { key: nextKey, values: emptyVariant }])
    setNextKey(nextKey + 1)
  }

  return (
    <div className="space-y-4">
      {rows.map((row, index) => {
        const field = (
          name: keyof VariantValues,
          label: string,
          props: Record<string, string> = {},
          hint?: string
        ) => {
          const formName = `variants.${index}.${name}`
          const id = `variant-${row.key}-${name}`
          const error = errorFor(formName)
          return (
            <FormField id={id} label={label} hint={hint} error={error}>
              <input
                id={id}
                name={formName}
                defaultValue={row.values[name]}
                autoFocus={firstError === formName}
                className={inputClass}
                {...props}
                {...fieldAria(id, { error, hint })}
              />
            </FormField>
          )
        }
        return (
          <fieldset key={row.key} className="space-y-3 rounded-xl border border-stone-200 p-3 sm:p-4">
            <legend className={`${labelClass} px-1`}>
              {format(messages.variantLegend, { index: index + 1 })}
            </legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {field("title", messages.variantTitle)}
              {field("title_en", messages.variantTitleEn)}
              {field(
                "sku",
                messages.sku,
                { autoCapitalize: "characters", spellCheck: "false" },
                messages.skuHint
              )}
              <div className="grid grid-cols-2 gap-3">
                {field("price", messages.price, { inputMode: "decimal" })}
                {field("stock", messages.stock, { inputMode: "numeric" })}
              </div>
            </div>
            {rows.length > 1 ? (
              <button
                type="button"
                onClick={() => {
                  setRows(rows.filter((each) => each.key !== row.key))
                }}
                className="min-h-11 text-sm text-stone-600 underline"
              >
                {messages.removeVariant}
              </button>
            ) : null}
          </fieldset>
        )
      })}
      <button type="button" onClick={add} className={secondaryButton}>
        {messages.addVariant}
      </button>
    </div>
  )
}
