import "server-only"

import { cookies } from "next/headers"

import { getServerEnv } from "@/env"

// httpOnly cookies: the browser never hands tokens or the cart id to scripts.
const COOKIE = {
  customerToken: "_hl_customer_jwt",
  cooperativeToken: "_hl_cooperative_jwt",
  cartId: "_hl_cart_id",
  placedOrder: "_hl_placed_order",
} as const

export type Actor = "customer" | "cooperative"

const tokenCookie: Record<Actor, string> = {
  customer: COOKIE.customerToken,
  cooperative: COOKIE.cooperativeToken,
}

const WEEK_SECONDS = 7 * 24 * 60 * 60

async function setCookie(name: string, value: string, maxAge = WEEK_SECONDS) {
  const secure = getServerEnv().NEXT_PUBLIC_BASE_URL.startsWith("https:")
  const store = await cookies()
  store.set(name, value, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge })
}

async function readCookie(name: string): Promise<string | undefined> {
  return (await cookies()).get(name)?.value || undefined
}

/** The bearer header for a signed-in customer or cooperative member; empty when signed out. */
export async function authHeaders(actor: Actor): Promise<Record<string, string>> {
  const token = await readCookie(tokenCookie[actor])
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function hasAuthToken(actor: Actor): Promise<boolean> {
  return (await readCookie(tokenCookie[actor])) !== undefined
}

/** Medusa's tokens last a day by default; the cookie never outlives the token. */
export async function setAuthToken(actor: Actor, token: string) {
  await setCookie(tokenCookie[actor], token, 24 * 60 * 60)
}

export async function removeAuthToken(actor: Actor) {
  ;(await cookies()).delete(tokenCookie[actor])
}

export const getCartId = () => readCookie(COOKIE.cartId)
export const setCartId = (id: string) => setCookie(COOKIE.cartId, id)
export const removeCartId = async () => (await cookies()).delete(COOKIE.cartId)

/** The order a guest just placed and the cart it came from: proof enough to show its confirmation. */
export async function setPlacedOrder(orderId: string, cartId: string) {
  await setCookie(COOKIE.placedOrder, `${orderId}:${cartId}`)
}

export async function getPlacedOrderCart(orderId: string): Promise<string | undefined> {
  const [id, cartId] = (await readCookie(COOKIE.placedOrder))?.split(":") ?? []
  return id === orderId ? cartId : undefined
}
