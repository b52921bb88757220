import { FetchError } from "@medusajs/js-sdk"

/** A failure of the backend (down, slow, answering with an error) as opposed to a bug in this app. */
export function isBackendFailure(error: unknown): boolean {
  if (error instanceof FetchError) return true
  if (!(error instanceof Error)) return false
  // Node's fetch throws TypeError("fetch failed") when the connection is refused; timeouts abort the signal.
  if (error instanceof TypeError) return error.message === "fetch failed"
  return error.name === "TimeoutError" || error.name === "AbortError"
}

/** The HTTP status Medusa answered with, or undefined when it did not answer at all. */
export function backendStatus(error: unknown): number | undefined {
  return error instanceof FetchError ? error.status : undefined
}

/** Medusa's message for a 4xx (it names the field or the reason), or "" for anything else. */
export function backendMessage(error: unknown): string {
  return error instanceof FetchError ? error.message : ""
}

export type CartErrorCode =
  | "out_of_stock"
  | "invalid_promotion"
  | "cart_not_found"
  | "unavailable"
  | "unexpected"

/** What a cart call's failure means to a buyer; the UI words each code from the catalogue. */
export function cartErrorCode(error: unknown): CartErrorCode {
  if (!isBackendFailure(error)) throw error
  const status = backendStatus(error)
  const message = backendMessage(error)
  if (status === undefined) return "unavailable"
  if (status === 404) return "cart_not_found"
  if (/inventory|stock/i.test(message)) return "out_of_stock"
  if (/promotion|code/i.test(message)) return "invalid_promotion"
  return status >= 500 ? "unavailable" : "unexpected"
}
