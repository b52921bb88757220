import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"

import { chipLabel, type FilterChoices } from "../lib/filter-options"
import {
  activeFilters,
  listingHref,
  withoutFilter,
  withoutFilters,
  type ListingFilters,
} from "../lib/listing-params"

type FilterChipsProps = {
  locale: Locale
  filters: ListingFilters
  choices: FilterChoices
  messages: Messages["listing"]
}

/** One removable chip per filter in effect, and "clear all". Plain links: they work without JS. */
export function FilterChips({ locale, filters, choices, messages }: FilterChipsProps) {
  const active = activeFilters(filters)
  if (!active.length) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      <h2 className="sr-only">{messages.chipsLabel}</h2>
      <ul className="flex flex-wrap gap-2">
        {active.map((key) => {
          const label = chipLabel(key, filters, choices, messages)
          return (
            <li key={key}>
              <Link
                href={listingHref(locale, withoutFilter(filters, key))}
                aria-label={format(messages.removeFilter, { name: label })}
                className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-brand-100 bg-brand-50 px-3 text-sm text-brand-800 hover:border-brand-600"
              >
                {label}
                <span aria-hidden="true" className="text-base leading-none">
                  ×
                </span>
              </Link>
            </li>
          )
        })}
      </ul>
      <Link
        href={listingHref(locale, withoutFilters(filters))}
        className="inline-flex min-h-9 items-center px-2 text-sm text-stone-600 underline underline-offset-4 hover:text-stone-900"
      >
        {messages.clearAll}
      </Link>
    </div>
  )
}
