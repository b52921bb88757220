import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"

import { listingHref, type ListingFilters } from "../lib/listing-params"
import { pageItems } from "../lib/pagination"

const itemClassName = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-full px-3 text-sm"

type PaginationProps = {
  locale: Locale
  filters: ListingFilters
  pages: number
  messages: Messages["listing"]
}

export function Pagination({ locale, filters, pages, messages }: PaginationProps) {
  if (pages <= 1) return null
  const href = (page: number) => listingHref(locale, { ...filters, page })
  const current = filters.page
  return (
    <nav
      aria-label={messages.paginationLabel}
      className="mt-8 flex flex-wrap items-center justify-center gap-1"
    >
      {current > 1 && (
        <Link
          href={href(current - 1)}
          rel="prev"
          className={`${itemClassName} text-stone-700 hover:bg-stone-100`}
        >
          {messages.previous}
        </Link>
      )}
      <ol className="flex flex-wrap items-center gap-1">
        {pageItems(current, pages).map((item) =>
          "gap" in item ? (
            <li key={item.gap} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={item.page}>
              {item.page === current ? (
                <span
                  aria-current="page"
                  aria-label={format(messages.pageCurrent, { page: item.page })}
                  className={`${itemClassName} bg-brand-600 font-semibold text-white`}
                >
                  {item.page}
                </span>
              ) : (
                <Link
                  href={href(item.page)}
                  aria-label={format(messages.page, { page: item.page })}
                  className={`${itemClassName} text-stone-700 hover:bg-stone-100`}
                >
                  {item.page}
                </Link>
              )}
            </li>
          )
        )}
      </ol>
      {current < pages && (
        <Link
          href={href(current + 1)}
          rel="next"
          className={`${itemClassName} text-stone-700 hover:bg-stone-100`}
        >
          {messages.next}
        </Link>
      )}
    </nav>
  )
}
