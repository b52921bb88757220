import "server-only"

import { cache } from "react"

import { backendStatus } from "./backend-errors"
import { authHeaders, hasAuthToken } from "./cookies"
import type { CooperativeOrder, ImpactMonth, MemberProduct, MemberScope } from "./cooperative-types"
import { getSdk, personalRead } from "./sdk"

/** A read as the signed-in member: their own cooperative's data, never cached. */
async function memberRead<T>(path: string, query?: Record<string, string>): Promise<T> {
  return getSdk().client.fetch<T>(path, {
    query,
    headers: await authHeaders("cooperative"),
    ...personalRead(),
  })
}

export type MemberSession = { member: MemberScope } | { member: null; expired: boolean }

/** Who is signed in to the portal; `expired` when the cookie holds a token the backend no longer accepts. */
export const getMemberSession = cache(async (): Promise<MemberSession> => {
  if (!(await hasAuthToken("cooperative"))) return { member: null, expired: false }
  try {
    return { member: await memberRead<MemberScope>("/cooperative/me") }
  } catch (error) {
    if (backendStatus(error) === 401) return { member: null, expired: true }
    throw error
  }
})

/** The member's own listings, newest first, with price and stock per variant. */
export async function listMemberProducts(): Promise<MemberProduct[]> {
  return (await memberRead<{ products: MemberProduct[] }>("/cooperative/products")).products
}

/** One of the member's listings, or null when it is not theirs (or gone). */
export async function getMemberProduct(id: string): Promise<MemberProduct | null> {
  try {
    return (await memberRead<{ product: MemberProduct }>(`/cooperative/products/${encodeURIComponent(id)}`))
      .product
  } catch (error) {
    if (backendStatus(error) === 404) return null
    throw error
  }
}

export type OrderStatus = "to_ship" | "shipped"

/** Orders holding the cooperative's goods (only its own lines), newest first. */
export async function listCooperativeOrders(status?: OrderStatus): Promise<CooperativeOrder[]> {
  const query = status ? { status } : undefined
  return (await memberRead<{ orders: CooperativeOrder[] }>("/cooperative/orders", query)).orders
}

/** Sales and certified aid per month, oldest first. */
export async function getCooperativeImpact(): Promise<ImpactMonth[]> {
  return (await memberRead<{ months: ImpactMonth[] }>("/cooperative/impact")).months
}
