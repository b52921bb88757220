"use client"

import { useActionState } from "react"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { placeOrder, type CheckoutState } from "@/lib/actions/checkout"
import { primaryButton } from "@/modules/common/components/button-styles"
import { FormError } from "@/modules/common/components/form-error"

type PlaceOrderFormProps = {
  locale: Locale
  messages: Pick<Messages["checkout"], "placeOrder" | "placing" | "errors">
}

export function PlaceOrderForm({ locale, messages }: PlaceOrderFormProps) {
  const [state, action, pending] = useActionState<CheckoutState, FormData>(placeOrder, null)
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="locale" value={locale} />
      <FormError message={state?.error ? messages.errors[state.error] : null} />
      <button
        type="submit"
        disabled={pending}
        className={`${primaryButton} w-full text-base`}
        data-testid="place-order"
      >
        {pending ? messages.placing : messages.placeOrder}
      </button>
    </form>
  )
}
