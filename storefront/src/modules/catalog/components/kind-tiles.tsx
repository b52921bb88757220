import Link from "next/link"
import type { ReactNode } from "react"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { StoreKind } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"

import { listingHref } from "../lib/listing-params"

// A small drawing per kind (inline, no request); a kind staff add later gets the plain tile.
const looks: Record<string, { tile: string; icon: ReactNode }> = {
  honey: {
    tile: "bg-amber-50 border-amber-200",
    icon: (
      <path d="M14 10h20v4a10 10 0 0 1 4 8v14a6 6 0 0 1-6 6H16a6 6 0 0 1-6-6V22a10 10 0 0 1 4-8zm-2 16h24" />
    ),
  },
  embroidery: {
    tile: "bg-rose-50 border-rose-200",
    icon: <path d="M24 6l5 13h13l-10.5 8 4 13L24 32l-11.5 8 4-13L6 19h13z" />,
  },
  "farm-goods": {
    tile: "bg-emerald-50 border-emerald-200",
    icon: (
      <path d="M24 42V14m0 8c-6 0-10-4-10-10 6 0 10 4 10 10zm0 0c6 0 10-4 10-10-6 0-10 4-10 10zm0 10c-6 0-10-4-10-10 6 0 10 4 10 10zm0 0c6 0 10-4 10-10-6 0-10 4-10 10z" />
    ),
  },
}

type KindTilesProps = {
  locale: Locale
  kinds: StoreKind[]
  messages: Messages["kinds"]
}

/** The three kinds of goods, each leading to the listing filtered by it. */
export function KindTiles({ locale, kinds, messages }: KindTilesProps) {
  const lines: Record<string, string> = messages
  return (
    <ul className="grid gap-3 sm:grid-cols-3">
      {kinds.map((kind) => {
        const name = localized(locale, kind.name, kind.metadata?.name_en)
        const look = looks[kind.handle]
        return (
          <li key={kind.id}>
            <Link
              href={listingHref(locale, { kind: kind.handle, sort: "newest", page: 1 })}
              className={`flex h-full items-start gap-3 rounded-xl border p-4 hover:shadow-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${look?.tile ?? "border-stone-200 bg-white"}`}
            >
              <svg
                viewBox="0 0 48 48"
                aria-hidden="true"
                className="size-10 shrink-0 fill-none stroke-stone-800 stroke-2"
                strokeLinejoin="round"
                strokeLinecap="round"
              >
                {look?.icon ?? <circle cx="24" cy="24" r="14" />}
              </svg>
              <span className="flex flex-col gap-1">
                <span className="text-base font-semibold text-stone-900">{name}</span>
                <span className="text-sm leading-relaxed text-stone-700">
                  {lines[kind.handle] ?? messages.other}
                </span>
                <span className="mt-1 text-sm font-medium text-brand-700">
                  {format(messages.browse, { kind: name })} →
                </span>
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
