"use client"

import { useActionState } from "react"

import type { Messages } from "@/i18n/messages"
import type { ShipFormState } from "@/lib/actions/cooperative-orders"

import { carrierCodes } from "../lib/carriers"
import { generalErrorWords } from "./error-words"
import { fieldAria, FormField } from "./form-field"
import { Notice } from "./notice"
import { inputClass, primaryButton } from "./styles"

type ShipFormProps = {
  /** shipOrder bound to the order. */
  action: (state: ShipFormState, form: FormData) => Promise<ShipFormState>
  orderId: string
  locale: string
  messages: Pick<Messages["portal"], "orders" | "carriers" | "fieldErrors" | "errors">
}

/** Carrier and tracking number for the cooperative's open lines of one order. */
export function ShipForm({ action, orderId, locale, messages }: ShipFormProps) {
  const [state, submit, pending] = useActionState(action, null)
  const fields = state?.ok === false ? (state.fields ?? {}) : {}
  const carrierError = fields.carrier ? messages.fieldErrors.carrier : undefined
  const trackingError = fields.tracking_number ? messages.fieldErrors.tracking_number : undefined
  const id = (name: string) => `${orderId}-${name}`
  return (
    <form
      key={JSON.stringify(state?.values ?? {})}
      action={submit}
      className="space-y-3"
      noValidate
      aria-label={messages.orders.shipHeading}
    >
      <input type="hidden" name="locale" value={locale} />
      {state?.ok === false && !state.fields ? (
        <Notice tone="error">{generalErrorWords(messages.errors, state.error)}</Notice>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <FormField id={id("carrier")} label={messages.orders.carrier} error={carrierError}>
          <select
            id={id("carrier")}
            name="carrier"
            defaultValue={state?.values?.carrier ?? ""}
            className={inputClass}
            {...fieldAria(id("carrier"), { error: carrierError })}
          >
            <option value="" disabled>
              {messages.orders.chooseCarrier}
            </option>
            {carrierCodes.map((code) => (
              <option key={code} value={code}>
                {messages.carriers[code]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={id("tracking")} label={messages.orders.trackingNumber} error={trackingError}>
          <input
            id={id("tracking")}
            name="tracking_number"
            defaultValue={state?.values?.tracking_number}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} font-mono`}
            {...fieldAria(id("tracking"), { error: trackingError })}
          />
        </FormField>
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} w-full sm:w-auto`}>
        {pending ? messages.orders.shipping : messages.orders.ship}
      </button>
    </form>
  )
}
