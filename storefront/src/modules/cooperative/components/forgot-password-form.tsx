"use client"

import { useActionState } from "react"

import type { Messages } from "@/i18n/messages"
import { requestPasswordReset } from "@/lib/actions/cooperative-auth"

import { fieldAria, FormField } from "./form-field"
import { Notice } from "./notice"
import { inputClass, primaryButton } from "./styles"

type ForgotPasswordFormProps = { messages: Pick<Messages["portal"], "auth" | "errors"> }

export function ForgotPasswordForm({ messages }: ForgotPasswordFormProps) {
  const [state, action, pending] = useActionState(requestPasswordReset, null)
  if (state?.ok) return <Notice tone="success">{messages.auth.forgotSent}</Notice>
  const error = state?.ok === false ? messages.errors[state.error] : undefined
  const emailError = state?.ok === false && state.field === "email" ? error : undefined
  return (
    <form action={action} className="space-y-4" noValidate>
      {error && !emailError ? <Notice tone="error">{error}</Notice> : null}
      <FormField id="forgot-email" label={messages.auth.email} error={emailError}>
        <input
          id="forgot-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          defaultValue={state?.values?.email}
          className={inputClass}
          {...fieldAria("forgot-email", { error: emailError })}
        />
      </FormField>
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {messages.auth.sendLink}
      </button>
    </form>
  )
}
