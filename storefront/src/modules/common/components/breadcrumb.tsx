import Link from "next/link"

export type Crumb = { label: string; href?: string }

/** The path to this page; the last crumb is the page itself (not a link). */
export function Breadcrumb({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-0.5">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1
          return (
            <li key={`${crumb.label}-${index}`} className="flex items-center gap-x-1">
              {crumb.href && !last ? (
                <Link
                  href={crumb.href}
                  className="inline-flex min-h-8 items-center underline-offset-4 hover:text-brand-700 hover:underline"
                >
                  {crumb.label}
                </Link>
              ) : (
                <span
                  aria-current={last ? "page" : undefined}
                  className={last ? "text-stone-900" : undefined}
                >
                  {crumb.label}
                </span>
              )}
              {!last && (
                <span aria-hidden="true" className="text-stone-400">
                  /
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
