import type { ReactNode } from "react"

/** A portal page's title, a line about it, and its main action on the right (below on phones). */
export function PageHeading({ title, intro, action }: { title: string; intro?: string; action?: ReactNode }) {
  return (
    <div className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold text-stone-900">{title}</h1>
        {intro ? <p className="max-w-2xl text-sm leading-relaxed text-stone-600">{intro}</p> : null}
      </div>
      {action}
    </div>
  )
}
