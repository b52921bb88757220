"use server"

import { redirect } from "next/navigation"

import { backendMessage, backendStatus, isBackendFailure } from "@/lib/data/backend-errors"
import { authHeaders, getCartId, removeAuthToken, removeCartId, setAuthToken } from "@/lib/data/cookies"
import { getSdk } from "@/lib/data/sdk"
import {
  fieldErrors,
  LoginSchema,
  RegisterSchema,
  safeNext,
  type FieldErrors,
} from "@/modules/account/lib/credentials"

import { formLocale, formText } from "./form-fields"

export type AccountErrorCode = "wrong_credentials" | "email_taken" | "unavailable" | "unexpected"
export type AccountState = {
  error?: AccountErrorCode
  fieldErrors?: FieldErrors
  values?: Record<string, string>
} | null

function accountError(error: unknown): AccountErrorCode {
  if (!isBackendFailure(error)) throw error
  const status = backendStatus(error)
  if (status === undefined || status >= 500) return "unavailable"
  if (/exists/i.test(backendMessage(error))) return "email_taken"
  return status === 401 ? "wrong_credentials" : "unexpected"
}

async function authenticate(email: string, password: string): Promise<string> {
  const { token } = await getSdk().client.fetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
  })
  return token
}

/** The signed-in customer takes over the cart they filled as a guest. */
async function claimCart() {
  const cartId = await getCartId()
  if (!cartId) return
  await getSdk()
    .client.fetch(`/store/carts/${cartId}/customer`, {
      method: "POST",
      headers: await authHeaders("customer"),
    })
    // A cart that is gone or belongs to someone else is simply left behind.
    .catch(() => removeCartId())
}

export async function login(_previous: AccountState, form: FormData): Promise<AccountState> {
  const values = { email: formText(form, "email"), password: formText(form, "password") }
  const parsed = LoginSchema.safeParse(values)
  if (!parsed.success)
    return { fieldErrors: fieldErrors(parsed.error.issues), values: { email: values.email } }
  try {
    await setAuthToken("customer", await authenticate(parsed.data.email, parsed.data.password))
    await claimCart()
  } catch (error) {
    return { error: accountError(error), values: { email: values.email } }
  }
  const locale = formLocale(form)
  redirect(safeNext(formText(form, "next"), `/${locale}/account`))
}

export async function register(_previous: AccountState, form: FormData): Promise<AccountState> {
  const values = Object.fromEntries(
    ["email", "password", "name", "phone"].map((name) => [name, formText(form, name)])
  )
  const parsed = RegisterSchema.safeParse(values)
  const kept = { ...values, password: "" }
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error.issues), values: kept }
  const { email, password, name, phone } = parsed.data
  try {
    const { token } = await getSdk().client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email, password },
    })
    await getSdk().client.fetch("/store/customers", {
      method: "POST",
      body: { email, first_name: name, last_name: "", ...(phone ? { phone } : {}) },
      headers: { authorization: `Bearer ${token}` },
    })
    // The registration token names no customer yet; a fresh login does.
    await setAuthToken("customer", await authenticate(email, password))
    await claimCart()
  } catch (error) {
    return { error: accountError(error), values: kept }
  }
  const locale = formLocale(form)
  redirect(safeNext(formText(form, "next"), `/${locale}/account`))
}

export async function logout(form: FormData): Promise<void> {
  await removeAuthToken("customer")
  // On a shared phone the next person must not find this customer's cart.
  await removeCartId()
  redirect(`/${formLocale(form)}`)
}
