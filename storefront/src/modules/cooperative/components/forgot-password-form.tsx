"use client"

import { useActionState } from "react"

import type { Messages } from "@/i18n/messages"
import { requestPasswordReset } from "@/lib/actions/cooperative-auth"

import { EmailField } from "./form-field"
import { Notice } from "./notice"
import { primaryButton } from "./styles"

type ForgotPasswordFormProps = { messages: Pick<Messages["portal"], "auth" | "errors"> }

export function ForgotPasswordForm({ messages }: ForgotPasswordFormProps) {
  const [state, action, pending] = useActionState(requestPasswordReset, null)
  if (state?.ok) return <Notice tone="success">{messages.auth.forgotSent}</Notice>
  const error = state?.ok === false ? messages.errors[state.error] : undefined
  const emailError = state?.ok === false && state.field === "email" ? error : undefined
  return (
    <form action={action} className="space-y-4" noValidate>
      {error && !emailError ? <Notice tone="error">{error}</Notice> : null}
      <EmailField
        id="forgot-email"
        label={messages.auth.email}
        error={emailError}
        defaultValue={state?.values?.email}
      />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {messages.auth.sendLink}
      </button>
    </form>
  )
}
