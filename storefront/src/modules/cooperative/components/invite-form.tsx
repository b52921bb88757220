"use client"

import { useActionState } from "react"

import type { Messages } from "@/i18n/messages"
import { acceptInvite } from "@/lib/actions/cooperative-auth"

import { Notice } from "./notice"
import { formError, PasswordFields } from "./password-fields"
import { primaryButton } from "./styles"

type InviteFormProps = {
  locale: string
  token: string
  messages: Pick<Messages["portal"], "auth" | "errors">
}

export function InviteForm({ locale, token, messages }: InviteFormProps) {
  const [state, action, pending] = useActionState(acceptInvite, null)
  const error = formError(state, messages)
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <PasswordFields state={state} messages={messages} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {messages.auth.setPassword}
      </button>
    </form>
  )
}
