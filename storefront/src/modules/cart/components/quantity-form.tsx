"use client"

import { useActionState } from "react"

import { updateLineItemForm, type CartResult } from "@/lib/actions/cart"
import type { Messages } from "@/i18n/messages"
import { format } from "@/i18n/format"
import { FormError } from "@/modules/common/components/form-error"

type QuantityFormProps = {
  lineId: string
  title: string
  quantity: number
  messages: Pick<Messages["cart"], "quantity" | "decrease" | "increase" | "updating" | "errors">
}

const stepClassName =
  "inline-flex size-11 items-center justify-center rounded-full border border-stone-300 bg-white text-lg text-stone-700 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40"

/** − and + submit the new quantity as the button's value: it works before the page's JS has loaded. */
export function QuantityForm({ lineId, title, quantity, messages }: QuantityFormProps) {
  const [result, action, pending] = useActionState<CartResult | null, FormData>(updateLineItemForm, null)
  const error = result && !result.ok ? messages.errors[result.error] : null
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="lineId" value={lineId} />
      <div className="flex items-center gap-2" role="group" aria-label={messages.quantity}>
        <button
          type="submit"
          name="quantity"
          value={quantity - 1}
          disabled={pending || quantity <= 1}
          aria-label={format(messages.decrease, { title })}
          className={stepClassName}
        >
          −
        </button>
        <output aria-live="polite" className="min-w-8 text-center tabular-nums" data-testid="line-quantity">
          {pending ? "…" : quantity}
        </output>
        <button
          type="submit"
          name="quantity"
          value={quantity + 1}
          disabled={pending || quantity >= 99}
          aria-label={format(messages.increase, { title })}
          className={stepClassName}
        >
          +
        </button>
      </div>
      <FormError message={error} />
    </form>
  )
}
