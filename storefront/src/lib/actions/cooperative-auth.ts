"use server"

import { redirect } from "next/navigation"
import { z } from "zod"

import { isLocale, type Locale } from "@/i18n/config"
import { backendStatus, isBackendFailure } from "@/lib/data/backend-errors"
import { removeAuthToken, setAuthToken } from "@/lib/data/cookies"
import { getSdk } from "@/lib/data/sdk"
import { loginPath, portalPath, safeNext } from "@/modules/cooperative/lib/paths"

import { type FormState } from "./cooperative-form-state"
import { formText } from "./form-fields"
import { fail, ok } from "./result"

export type AuthErrorCode =
  | "invalid_credentials"
  | "email"
  | "password"
  | "password_required"
  | "password_mismatch"
  | "invite_invalid"
  | "reset_invalid"
  | "unavailable"
  | "unexpected"

export type AuthFormState = FormState<{ sent: boolean }, AuthErrorCode>

const localeOf = (form: FormData): Locale => {
  const value = formText(form, "locale")
  return isLocale(value) ? value : "zh-CN"
}
const email = z.email("email").max(200, "email")
const newPassword = z
  .object({
    password: z.string().min(8, "password").max(128, "password"),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { message: "password_mismatch", path: ["confirm"] })

/** The first problem of a parse as the form's error, naming its field. */
function invalid(error: z.ZodError, values: Record<string, string>): AuthFormState {
  const issue = error.issues[0]
  return { ...fail(issue?.message as AuthErrorCode, String(issue?.path[0] ?? "")), values }
}

/** A backend failure in words a member can act on; a bug in this app is not swallowed. */
function backendFailure(error: unknown, values: Record<string, string>): AuthFormState {
  if (!isBackendFailure(error)) throw error
  return { ...fail(backendStatus(error) === undefined ? "unavailable" : "unexpected"), values }
}

/** A token for a cooperative member with these credentials, or undefined when they are not a member's. */
async function memberToken(emailAddress: string, password: string): Promise<string | undefined> {
  try {
    const { token } = await getSdk().client.fetch<{ token: string }>("/auth/cooperative/emailpass", {
      method: "POST",
      body: { email: emailAddress, password },
    })
    // Medusa also answers a token for a login that has no member behind it; /cooperative/me tells them apart.
    await getSdk().client.fetch("/cooperative/me", { headers: { authorization: `Bearer ${token}` } })
    return token
  } catch (error) {
    if (backendStatus(error) === 401) return undefined
    throw error
  }
}

const Login = z.object({ email, password: z.string().min(1, "password_required") })

export async function logIn(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { email: formText(form, "email") }
  const parsed = Login.safeParse({ email: values.email.trim(), password: formText(form, "password") })
  if (!parsed.success) return invalid(parsed.error, values)
  try {
    const token = await memberToken(parsed.data.email, parsed.data.password)
    if (!token) return { ...fail("invalid_credentials", "password"), values }
    await setAuthToken("cooperative", token)
  } catch (error) {
    return backendFailure(error, values)
  }
  redirect(`/${localeOf(form)}${safeNext(formText(form, "next"))}`)
}

export async function logOut(form: FormData): Promise<void> {
  await removeAuthToken("cooperative")
  redirect(loginPath(localeOf(form), { notice: "signed_out" }))
}

const AcceptInvite = z.object({ token: z.string().min(10, "invite_invalid") }).and(newPassword)

/** Opens the invite with the chosen password, then logs the new member straight in. */
export async function acceptInvite(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = AcceptInvite.safeParse({
    token: formText(form, "token"),
    password: formText(form, "password"),
    confirm: formText(form, "confirm"),
  })
  if (!parsed.success) return invalid(parsed.error, {})
  try {
    const { member } = await getSdk().client.fetch<{ member: { email: string } }>(
      "/cooperative/invites/accept",
      {
        method: "POST",
        body: { token: parsed.data.token, password: parsed.data.password },
      }
    )
    const token = await memberToken(member.email, parsed.data.password)
    if (!token) return fail("unexpected")
    await setAuthToken("cooperative", token)
  } catch (error) {
    if (backendStatus(error) === 400) return fail("invite_invalid")
    return backendFailure(error, {})
  }
  redirect(portalPath(localeOf(form)))
}

const ForgotPassword = z.object({ email })

/** Asks the backend to email a reset link; answers the same whether or not the email has a login. */
export async function requestPasswordReset(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const values = { email: formText(form, "email") }
  const parsed = ForgotPassword.safeParse({ email: values.email.trim() })
  if (!parsed.success) return invalid(parsed.error, values)
  try {
    await getSdk().client.fetch("/auth/cooperative/emailpass/reset-password", {
      method: "POST",
      body: { identifier: parsed.data.email },
      // Medusa answers a bare "201 Created", not JSON.
      headers: { accept: "text/plain" },
    })
  } catch (error) {
    return backendFailure(error, values)
  }
  return { ...ok({ sent: true }), values }
}

const ResetPassword = z.object({ token: z.string().min(10, "reset_invalid"), email }).and(newPassword)

/** Sets the new password with the emailed token, then sends the member to log in with it. */
export async function resetPassword(_previous: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = ResetPassword.safeParse({
    token: formText(form, "token"),
    email: formText(form, "email"),
    password: formText(form, "password"),
    confirm: formText(form, "confirm"),
  })
  if (!parsed.success) return invalid(parsed.error, {})
  try {
    await getSdk().client.fetch("/auth/cooperative/emailpass/update", {
      method: "POST",
      body: { email: parsed.data.email, password: parsed.data.password },
      headers: { authorization: `Bearer ${parsed.data.token}` },
    })
  } catch (error) {
    if (backendStatus(error) === 401 || backendStatus(error) === 400) return fail("reset_invalid")
    return backendFailure(error, {})
  }
  redirect(loginPath(localeOf(form), { notice: "reset_done" }))
}
