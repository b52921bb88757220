import type { Messages } from "@/i18n/messages"
import type { AuthFormState } from "@/lib/actions/cooperative-auth"

import { fieldAria, FormField } from "./form-field"
import { inputClass } from "./styles"

type PasswordFieldsProps = { state: AuthFormState; messages: Pick<Messages["portal"], "auth" | "errors"> }

/** A new password typed twice, each with its own error. */
export function PasswordFields({ state, messages }: PasswordFieldsProps) {
  const failed = state?.ok === false ? state : undefined
  const passwordError = failed?.field === "password" ? messages.errors[failed.error] : undefined
  const confirmError = failed?.field === "confirm" ? messages.errors[failed.error] : undefined
  return (
    <>
      <FormField
        id="new-password"
        label={messages.auth.newPassword}
        hint={messages.auth.passwordHint}
        error={passwordError}
      >
        <input
          id="new-password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          className={inputClass}
          {...fieldAria("new-password", { error: passwordError, hint: messages.auth.passwordHint })}
        />
      </FormField>
      <FormField id="confirm-password" label={messages.auth.confirmPassword} error={confirmError}>
        <input
          id="confirm-password"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          className={inputClass}
          {...fieldAria("confirm-password", { error: confirmError })}
        />
      </FormField>
    </>
  )
}

/** A failure that belongs to no single field (a dead link, the backend down). */
export function formError(state: AuthFormState, messages: Pick<Messages["portal"], "errors">) {
  if (
    state?.ok !== false ||
    state.field === "password" ||
    state.field === "confirm" ||
    state.field === "email"
  ) {
    return undefined
  }
  return messages.errors[state.error]
}
