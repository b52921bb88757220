"use client"

import { useActionState } from "react"

import type { Messages } from "@/i18n/messages"
import { resetPassword } from "@/lib/actions/cooperative-auth"

import { Notice } from "./notice"
import { formError, PasswordFields } from "./password-fields"
import { primaryButton } from "./styles"

type ResetPasswordFormProps = {
  locale: string
  token: string
  email: string
  messages: Pick<Messages["portal"], "auth" | "errors">
}

export function ResetPasswordForm({ locale, token, email, messages }: ResetPasswordFormProps) {
  const [state, action, pending] = useActionState(resetPassword, null)
  const error = formError(state, messages)
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {/* Lets password managers file the new password under the right login. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <PasswordFields state={state} messages={messages} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {messages.auth.savePassword}
      </button>
    </form>
  )
}
