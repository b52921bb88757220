import "server-only"

import { isBackendFailure } from "./backend-errors"

/** A read that may fail because the backend is down or unprepared; the page then says so in words. */
export type Loaded<T> = { status: "ok"; data: T } | { status: "unavailable" }

/** The backend answers but cannot serve the shop yet (e.g. no region priced in yuan). */
export class CatalogNotReadyError extends Error {
  override name = "CatalogNotReadyError"
}

/**
 * Runs a page's reads; a backend failure becomes `unavailable` (a message rendered on the server,
 * visible without JS). Anything else is a bug and reaches error.tsx.
 */
export async function loadOrUnavailable<T>(what: string, read: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { status: "ok", data: await read() }
  } catch (error) {
    if (!isBackendFailure(error) && !(error instanceof CatalogNotReadyError)) throw error
    console.error(`[${what}] backend request failed:`, error instanceof Error ? error.message : error)
    return { status: "unavailable" }
  }
}
