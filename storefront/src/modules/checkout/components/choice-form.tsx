"use client"

import { useActionState } from "react"

import type { Locale } from "@/i18n/config"
import type { CheckoutState } from "@/lib/actions/checkout"
import { primaryButton } from "@/modules/common/components/button-styles"
import { FormError } from "@/modules/common/components/form-error"

export type Choice = { id: string; label: string; hint?: string; price?: string }

type ChoiceFormProps = {
  locale: Locale
  name: string
  legend: string
  choices: Choice[]
  selected?: string
  submitLabel: string
  action: (state: CheckoutState, form: FormData) => Promise<CheckoutState>
  errors: Record<string, string>
}

/** One choice among delivery options or payment methods, as a radio group. */
export function ChoiceForm({
  locale,
  name,
  legend,
  choices,
  selected,
  submitLabel,
  action,
  errors,
}: ChoiceFormProps) {
  const [state, formAction, pending] = useActionState<CheckoutState, FormData>(action, null)
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <fieldset className="space-y-2">
        <legend className="sr-only">{legend}</legend>
        {choices.map((choice, index) => (
          <label
            key={choice.id}
            className="flex min-h-14 cursor-pointer items-center gap-3 rounded-xl border border-stone-300 bg-white px-4 py-3 has-checked:border-brand-600 has-checked:bg-brand-50"
          >
            <input
              type="radio"
              name={name}
              value={choice.id}
              defaultChecked={selected ? choice.id === selected : index === 0}
              className="size-5 accent-brand-600"
            />
            <span className="flex-1">
              <span className="block font-medium">{choice.label}</span>
              {choice.hint ? <span className="block text-sm text-stone-500">{choice.hint}</span> : null}
            </span>
            {choice.price ? <span className="tabular-nums">{choice.price}</span> : null}
          </label>
        ))}
      </fieldset>
      <FormError message={state?.error ? errors[state.error] : null} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {submitLabel}
      </button>
    </form>
  )
}
