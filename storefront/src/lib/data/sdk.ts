import "server-only"

import Medusa from "@medusajs/js-sdk"

import { getServerEnv } from "@/env"

import { CACHE_REVALIDATE_SECONDS, type CacheTag } from "./cache-tags"

// A hanging backend should turn into the "unavailable" state, not an endless skeleton.
const BACKEND_TIMEOUT_MS = 10_000

let sdk: Medusa | undefined

/** One js-sdk client per server process, created on first use so `next build` never needs the key. */
export function getSdk(): Medusa {
  if (!sdk) {
    const env = getServerEnv()
    sdk = new Medusa({
      baseUrl: env.MEDUSA_BACKEND_URL,
      publishableKey: env.MEDUSA_PUBLISHABLE_KEY,
    })
  }
  return sdk
}

/** Fetch options for a public read: cached by Next under `tag`, dropped by revalidateTag(tag). */
export function cachedRead(tag: CacheTag) {
  return {
    cache: "force-cache",
    next: { tags: [tag], revalidate: CACHE_REVALIDATE_SECONDS[tag] },
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  } as const satisfies RequestInit
}

/** Fetch options for a shopper's own data (cart, account, orders): never cached, same timeout. */
export function personalRead() {
  return {
    cache: "no-store",
    signal: AbortSignal.timeout(BACKEND_TIMEOUT_MS),
  } as const satisfies RequestInit
}
