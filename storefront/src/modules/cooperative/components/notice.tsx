import type { ReactNode } from "react"

const tones = {
  success: "border-green-200 bg-green-50 text-green-900",
  error: "border-red-200 bg-red-50 text-red-900",
  info: "border-stone-200 bg-stone-100 text-stone-800",
}

/** A one-line message above a form or page: saved, refused, signed out. Errors are announced at once. */
export function Notice({ tone, children }: { tone: keyof typeof tones; children: ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border px-3 py-2 text-sm ${tones[tone]}`}
    >
      {children}
    </p>
  )
}
