import { FetchError } from "@medusajs/js-sdk"

/** The API's own message for a failed request (e.g. the zod message naming the field on a 400). */
export function errorMessage(error: unknown): string {
  if (error instanceof FetchError) {
    return error.message || error.statusText || `HTTP ${error.status ?? "error"}`
  }
  if (error instanceof Error) {
    return error.message
  }
  return "未知错误 / Unknown error"
}

/** react-query retry rule: a 4xx (bad filter, missing record) will not heal by asking again. */
export function retryUnlessClientError(failureCount: number, error: unknown) {
  const status = error instanceof FetchError ? (error.status ?? 0) : 0
  return !(status >= 400 && status < 500) && failureCount < 2
}
