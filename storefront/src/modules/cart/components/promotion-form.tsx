"use client"

import { useActionState } from "react"

import { applyPromotionCodeForm, removePromotionCodeForm, type CartResult } from "@/lib/actions/cart"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import { quietButton, secondaryButton } from "@/modules/common/components/button-styles"
import { FormError } from "@/modules/common/components/form-error"

type PromotionFormProps = {
  codes: string[]
  messages: Messages["cart"]["promotion"]
  errors: Messages["cart"]["errors"]
}

export function PromotionForm({ codes, messages, errors }: PromotionFormProps) {
  const [result, apply, applying] = useActionState<CartResult | null, FormData>(applyPromotionCodeForm, null)
  const [removal, remove, removing] = useActionState<CartResult | null, FormData>(
    removePromotionCodeForm,
    null
  )
  const error = [result, removal].find((each) => each && !each.ok)
  return (
    <div className="space-y-2">
      <form action={apply} className="flex gap-2">
        <label htmlFor="promotion-code" className="sr-only">
          {messages.label}
        </label>
        <input
          id="promotion-code"
          name="code"
          required
          maxLength={60}
          autoComplete="off"
          placeholder={messages.placeholder}
          aria-describedby="promotion-error"
          className="min-h-11 min-w-0 flex-1 rounded-full border border-stone-300 bg-white px-4 text-sm uppercase placeholder:normal-case"
        />
        <button type="submit" disabled={applying} className={secondaryButton}>
          {messages.apply}
        </button>
      </form>
      <FormError id="promotion-error" message={error && !error.ok ? errors[error.error] : null} />
      {codes.map((code) => (
        <form key={code} action={remove} className="flex items-center justify-between gap-2 text-sm">
          <input type="hidden" name="code" value={code} />
          <span className="text-emerald-700" data-testid="applied-promotion">
            {format(messages.applied, { code })}
          </span>
          <button
            type="submit"
            disabled={removing}
            aria-label={format(messages.remove, { code })}
            className={quietButton}
          >
            ×
          </button>
        </form>
      ))}
    </div>
  )
}
