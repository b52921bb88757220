import Link from "next/link"

type StatCardProps = { label: string; value: string; hint?: string; href?: string; highlight?: boolean }

/** One figure on the dashboard; a link when there is something to do about it. */
export function StatCard({ label, value, hint, href, highlight }: StatCardProps) {
  const body = (
    <>
      <span className="block text-xs font-medium text-stone-600">{label}</span>
      <span
        className={`mt-1 block text-2xl font-semibold tabular-nums ${highlight ? "text-brand-700" : "text-stone-900"}`}
      >
        {value}
      </span>
      {hint ? <span className="mt-0.5 block text-xs text-stone-500">{hint}</span> : null}
    </>
  )
  const className = "block h-full rounded-2xl border border-stone-200 bg-white p-4"
  return href ? (
    <Link
      href={href}
      className={`${className} hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600`}
    >
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  )
}
