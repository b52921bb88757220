import "server-only"

import { backendMessage, backendStatus, isBackendFailure } from "@/lib/data/backend-errors"
import { authHeaders } from "@/lib/data/cookies"
import { getSdk } from "@/lib/data/sdk"

/** A change as the signed-in member; the backend limits it to their own cooperative. */
export async function memberWrite<T>(
  path: string,
  init: { method: "POST" | "DELETE"; body?: Record<string, unknown> }
): Promise<T> {
  return getSdk().client.fetch<T>(path, { ...init, headers: await authHeaders("cooperative") })
}

/** Uploads pictures through the backend's file module; answers their public URLs in the same order. */
export async function uploadPictures(files: File[]): Promise<string[]> {
  if (!files.length) return []
  const form = new FormData()
  for (const file of files) form.append("files", file, file.name)
  const { files: uploaded } = await getSdk().client.fetch<{ files: { url: string }[] }>(
    "/cooperative/uploads",
    {
      method: "POST",
      body: form,
      // The multipart boundary is set by fetch itself.
      headers: { ...(await authHeaders("cooperative")), "content-type": null },
    }
  )
  return uploaded.map((file) => file.url)
}

export type BackendProblem = "session_expired" | "not_found" | "unavailable" | "unexpected" | "refused"

/** What a failed portal call means: the member's session ended, the thing is gone, the backend is down, or it refused the input. */
export function backendProblem(error: unknown): { problem: BackendProblem; message: string } {
  if (!isBackendFailure(error)) throw error
  const status = backendStatus(error)
  const message = backendMessage(error)
  if (status === undefined || status >= 500) return { problem: "unavailable", message }
  if (status === 401) return { problem: "session_expired", message }
  if (status === 404) return { problem: "not_found", message }
  return { problem: status === 400 || status === 422 ? "refused" : "unexpected", message }
}
