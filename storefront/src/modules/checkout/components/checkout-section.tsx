import Link from "next/link"
import type { ReactNode } from "react"

type CheckoutSectionProps = {
  number: number
  title: string
  state: "current" | "done" | "later"
  editHref: string
  editLabel: string
  summary?: ReactNode
  children?: ReactNode
}

/** One step of the checkout: its form while current, a summary with "edit" once done. */
export function CheckoutSection({
  number,
  title,
  state,
  editHref,
  editLabel,
  summary,
  children,
}: CheckoutSectionProps) {
  return (
    <section
      aria-labelledby={`step-${number}`}
      className={`rounded-2xl border bg-white p-5 ${state === "current" ? "border-brand-600" : "border-stone-200"}`}
    >
      <div className="flex items-center justify-between gap-4">
        <h2
          id={`step-${number}`}
          className={`text-lg font-semibold ${state === "later" ? "text-stone-400" : ""}`}
        >
          <span aria-hidden="true" className="mr-2 tabular-nums">
            {number}.
          </span>
          {title}
        </h2>
        {state === "done" ? (
          <Link href={editHref} className="min-h-11 content-center text-sm text-brand-700 hover:underline">
            {editLabel}
            <span className="sr-only"> {title}</span>
          </Link>
        ) : null}
      </div>
      {state === "done" && summary ? <div className="mt-2 text-sm text-stone-600">{summary}</div> : null}
      {state === "current" ? <div className="mt-4">{children}</div> : null}
    </section>
  )
}
