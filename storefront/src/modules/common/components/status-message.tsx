import type { ReactNode } from "react"

type StatusMessageProps = {
  title: string
  body: string
  /** "alert" for failures (announced at once), "status" for neutral states like an empty list. */
  role: "alert" | "status"
  action?: ReactNode
}

/** A centred message for a page or section that has nothing to show: empty, failed, not found. */
export function StatusMessage({ title, body, role, action }: StatusMessageProps) {
  return (
    <div
      role={role}
      className="mx-auto flex max-w-md flex-col items-center gap-3 rounded-2xl border border-stone-200 bg-white px-6 py-10 text-center"
    >
      <h2 className="text-lg font-semibold text-stone-900">{title}</h2>
      <p className="text-sm leading-relaxed text-stone-600">{body}</p>
      {action}
    </div>
  )
}

/** The classes of the primary action inside a StatusMessage, for a <button> or an <a>. */
export const statusActionClassName =
  "mt-2 inline-flex min-h-11 items-center justify-center rounded-full bg-brand-600 px-6 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
