import { inject } from "vitest"

/** Where the e2e market runs; provided by global-setup.ts. */
export type Market = { backendUrl: string; storefrontUrl: string; databaseUrl: string; publishableKey: string }

export const market = (): Market => inject("market")

type Json = Record<string, unknown>

/** A JSON call to the e2e backend; throws with Medusa's message on an error status. */
export async function backendCall<T = Json>(
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {}
): Promise<T> {
  const response = await fetch(`${market().backendUrl}${path}`, {
    method: init.method ?? (init.body ? "POST" : "GET"),
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": market().publishableKey,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  })
  const body = (await response.json()) as T & { message?: string }
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path} → ${response.status}: ${body.message}`)
  return body
}

/** A bearer token for a demo login (staff: actor "user"; cooperative members: actor "cooperative"). */
export async function demoToken(actor: "user" | "cooperative", email: string): Promise<string> {
  const { token } = await backendCall<{ token: string }>(`/auth/${actor}/emailpass`, {
    body: { email, password: "heartlink-demo" },
  })
  return token
}

export const staffToken = () => demoToken("user", "staff@heartlink.local")
