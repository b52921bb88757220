"use client"

import { useActionState } from "react"

import type { Messages } from "@/i18n/messages"
import { logIn } from "@/lib/actions/cooperative-auth"

import { EmailField, fieldAria, FormField } from "./form-field"
import { Notice } from "./notice"
import { inputClass, primaryButton } from "./styles"

type LoginFormProps = {
  locale: string
  next: string
  messages: Pick<Messages["portal"], "auth" | "errors">
}

export function LoginForm({ locale, next, messages }: LoginFormProps) {
  const [state, action, pending] = useActionState(logIn, null)
  const error = state?.ok === false ? messages.errors[state.error] : undefined
  const emailError = state?.ok === false && state.field === "email" ? error : undefined
  const passwordError = state?.ok === false && state.field === "password" ? error : undefined
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {error && !emailError && !passwordError ? <Notice tone="error">{error}</Notice> : null}
      <EmailField
        id="login-email"
        label={messages.auth.email}
        error={emailError}
        defaultValue={state?.values?.email}
      />
      <FormField id="login-password" label={messages.auth.password} error={passwordError}>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          {...fieldAria("login-password", { error: passwordError })}
        />
      </FormField>
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {messages.auth.login}
      </button>
    </form>
  )
}
