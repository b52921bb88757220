"use client"

import Link from "next/link"
import { useActionState } from "react"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { login, register, type AccountState } from "@/lib/actions/account"
import { primaryButton } from "@/modules/common/components/button-styles"
import { FormError } from "@/modules/common/components/form-error"
import { TextField } from "@/modules/common/components/text-field"

import type { AccountField } from "../lib/credentials"

type AccountFormProps = {
  mode: "login" | "register"
  locale: Locale
  next: string
  messages: Messages["account"]
}

/** Sign-in and registration: one form, the registration asking for a name and phone as well. */
export function AccountForm({ mode, locale, next, messages }: AccountFormProps) {
  const [state, action, pending] = useActionState<AccountState, FormData>(
    mode === "login" ? login : register,
    null
  )
  const copy = messages[mode]
  const errorOf = (field: AccountField) => {
    const code = state?.fieldErrors?.[field]
    if (!code) return null
    return code === "required"
      ? format(messages.errors.required, { field: messages.fields[field] })
      : messages.errors[code]
  }
  const field = (name: AccountField, props: Partial<Parameters<typeof TextField>[0]>) => (
    <TextField
      key={`${name}-${state?.values?.[name] ?? ""}`}
      name={name}
      label={messages.fields[name]}
      defaultValue={state?.values?.[name] ?? ""}
      error={errorOf(name)}
      {...props}
    />
  )
  const other = mode === "login" ? "register" : "login"
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {field("email", { type: "email", autoComplete: "email", required: true })}
      {mode === "register" ? field("name", { autoComplete: "name", required: true }) : null}
      {field("password", {
        type: "password",
        autoComplete: mode === "login" ? "current-password" : "new-password",
        hint: mode === "register" ? messages.fields.passwordHint : undefined,
        required: true,
      })}
      {mode === "register"
        ? field("phone", { type: "tel", autoComplete: "tel-national", inputMode: "tel" })
        : null}
      <FormError message={state?.error ? messages.errors[state.error] : null} />
      <button type="submit" disabled={pending} className={`${primaryButton} w-full`}>
        {pending ? copy.submitting : copy.submit}
      </button>
      <p className="text-center text-sm text-stone-600">
        {mode === "login" ? messages.login.noAccount : messages.register.haveAccount}{" "}
        <Link
          href={`/${locale}/account/${other}${next ? `?next=${encodeURIComponent(next)}` : ""}`}
          className="text-brand-700 underline"
        >
          {mode === "login" ? messages.login.register : messages.register.login}
        </Link>
      </p>
    </form>
  )
}
