import Image from "next/image"
import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { StoreRegionCooperative } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"
import { shopFileUrl } from "@/lib/util/shop-file-url"

import { storyLine } from "../lib/region-model"

type CooperativeCardProps = {
  locale: Locale
  cooperative: StoreRegionCooperative
  messages: Messages["region"]
}

/** A cooperative with its picture, a line of its story and the households it supports. */
export function CooperativeCard({ locale, cooperative, messages }: CooperativeCardProps) {
  const story = storyLine(localized(locale, cooperative.story ?? "", cooperative.story_en))
  return (
    <article className="group relative flex h-full gap-3 rounded-xl border border-stone-200 bg-white p-3 transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md">
      <div className="relative size-20 shrink-0 overflow-hidden rounded-lg bg-stone-100">
        {cooperative.logo_url && (
          <Image src={shopFileUrl(cooperative.logo_url)} alt="" fill sizes="5rem" className="object-cover" />
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-1">
        <h3 className="text-sm leading-snug font-semibold text-stone-900">
          <Link
            href={`/${locale}/cooperatives/${cooperative.handle}`}
            className="after:absolute after:inset-0 focus:outline-none group-hover:text-brand-700"
          >
            {localized(locale, cooperative.name, cooperative.name_en)}
          </Link>
        </h3>
        {story && <p className="line-clamp-2 text-xs leading-relaxed text-stone-600">{story}</p>}
        <p className="mt-auto text-xs font-medium text-brand-800">
          {format(messages.householdsSupported, { count: cooperative.households })}
        </p>
      </div>
    </article>
  )
}
