import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { backendStatus } from "./backend-errors"
import { authHeaders } from "./cookies"
import { getSdk, personalRead } from "./sdk"

/** The signed-in customer, or null when signed out or the session has expired. */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await authHeaders("customer")
  if (!headers.authorization) return null
  try {
    const { customer } = await getSdk().client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
      query: { fields: "*addresses" },
      headers,
      ...personalRead(),
    })
    return customer
  } catch (error) {
    // An expired or revoked token reads as signed out; the account pages then ask to sign in again.
    if (backendStatus(error) === 401) return null
    throw error
  }
}
