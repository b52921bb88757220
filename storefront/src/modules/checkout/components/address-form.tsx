"use client"

import { useActionState } from "react"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { saveAddress, type CheckoutState } from "@/lib/actions/checkout"
import { primaryButton } from "@/modules/common/components/button-styles"
import { FormError } from "@/modules/common/components/form-error"
import { TextField } from "@/modules/common/components/text-field"

import type { AddressField } from "../lib/address-schema"

type AddressFormProps = {
  locale: Locale
  initial: Record<AddressField, string>
  messages: Messages["checkout"]
}

export function AddressForm({ locale, initial, messages }: AddressFormProps) {
  const [state, action, pending] = useActionState<CheckoutState, FormData>(saveAddress, null)
  const values = state?.values ?? initial
  const errorOf = (field: AddressField) => {
    const code = state?.fieldErrors?.[field]
    if (!code) return null
    const label = messages[field === "postalCode" ? "postalCode" : field]
    return code === "required" ? format(messages.errors.required, { field: label }) : messages.errors[code]
  }
  // Inputs keep what was typed after a refused submit: the key changes with each answer.
  const field = (name: AddressField, props: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      key={`${name}-${values[name]}`}
      name={name}
      label={messages[name]}
      defaultValue={values[name]}
      error={errorOf(name)}
      {...props}
    />
  )
  return (
    <form action={action} noValidate className="grid gap-4 sm:grid-cols-2">
      <input type="hidden" name="locale" value={locale} />
      {field("email", {
        type: "email",
        autoComplete: "email",
        hint: messages.emailHint,
        className: "sm:col-span-2",
      })}
      {field("name", { autoComplete: "name" })}
      {field("phone", { type: "tel", autoComplete: "tel-national", inputMode: "tel" })}
      {field("province", { autoComplete: "address-level1" })}
      {field("city", { autoComplete: "address-level2" })}
      {field("district", { autoComplete: "address-level3" })}
      {field("postalCode", { autoComplete: "postal-code", inputMode: "numeric" })}
      {field("street", {
        autoComplete: "street-address",
        hint: messages.streetHint,
        className: "sm:col-span-2",
      })}
      <div className="flex flex-col gap-2 sm:col-span-2">
        <FormError message={state?.error ? messages.errors[state.error] : null} />
        <button type="submit" disabled={pending} className={`${primaryButton} sm:self-start`}>
          {messages.continue}
        </button>
      </div>
    </form>
  )
}
