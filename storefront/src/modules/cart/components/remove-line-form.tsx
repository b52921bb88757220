"use client"

import { useActionState } from "react"

import type { Messages } from "@/i18n/messages"
import { removeLineItemForm, type CartResult } from "@/lib/actions/cart"
import { quietButton } from "@/modules/common/components/button-styles"
import { FormError } from "@/modules/common/components/form-error"

type RemoveLineFormProps = {
  lineId: string
  label: string
  text: string
  errors: Messages["cart"]["errors"]
}

export function RemoveLineForm({ lineId, label, text, errors }: RemoveLineFormProps) {
  const [result, action, pending] = useActionState<CartResult | null, FormData>(removeLineItemForm, null)
  return (
    <form action={action}>
      <input type="hidden" name="lineId" value={lineId} />
      <button type="submit" aria-label={label} disabled={pending} className={quietButton}>
        {text}
      </button>
      <FormError message={result && !result.ok ? errors[result.error] : null} />
    </form>
  )
}
