import Image from "next/image"
import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { StoreAidRegion } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"
import { shopFileUrl } from "@/lib/util/shop-file-url"

import { pairingLines, storyLine } from "../lib/region-model"

type RegionCardProps = {
  locale: Locale
  region: StoreAidRegion
  messages: Messages["region"]
  sizes: string
  eager?: boolean
  /** The place above, shown over the name (the tree page names each county's prefecture). */
  eyebrow?: string
}

/** A place with its picture, one line of its story and who it is paired with; the card links to its page. */
export function RegionCard({ locale, region, messages, sizes, eager = false, eyebrow }: RegionCardProps) {
  const name = localized(locale, region.name, region.name_en)
  const story = storyLine(localized(locale, region.story ?? "", region.story_en))
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md">
      <div className="relative aspect-video bg-stone-100">
        {region.image_url && (
          <Image
            src={shopFileUrl(region.image_url)}
            alt=""
            fill
            sizes={sizes}
            preload={eager}
            loading={eager ? undefined : "lazy"}
            className="object-cover"
          />
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        {eyebrow && <p className="text-xs text-stone-600">{eyebrow}</p>}
        <h3 className="text-base font-semibold text-stone-900">
          <Link
            href={`/${locale}/regions/${region.code}`}
            className="after:absolute after:inset-0 focus:outline-none group-hover:text-brand-700"
          >
            {name}
          </Link>
        </h3>
        {story && <p className="line-clamp-2 text-sm leading-relaxed text-stone-600">{story}</p>}
        {region.pairings.length > 0 && (
          <ul className="mt-auto space-y-0.5 pt-1 text-xs text-brand-800">
            {pairingLines(region.pairings, locale).map((line) => (
              <li key={`${line.donor}-${line.since}`}>
                {line.donor} · {format(messages.since, { year: line.since })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </article>
  )
}
