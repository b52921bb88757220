import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import type { Loaded } from "@/lib/data/load"
import type { StoreAidRegion } from "@/lib/data/types"
import { localized } from "@/lib/util/localized"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

import { RegionCard } from "../components/region-card"

type RegionTreeTemplateProps = { locale: Locale; messages: Messages; tree: Loaded<StoreAidRegion[]> }

// Counties sit 1 per row on phones, 2 from sm, 3 from lg.
const COUNTY_SIZES = "(min-width: 72rem) 23rem, (min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw"

/** Province → prefecture → county, each county a card with its picture, story and pairings. */
export function RegionTreeTemplate({ locale, messages, tree }: RegionTreeTemplateProps) {
  const name = (region: { name: string; name_en: string }) => localized(locale, region.name, region.name_en)
  return (
    <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold tracking-tight text-stone-900">{messages.region.treeTitle}</h1>
      <p className="mt-2 max-w-2xl text-sm leading-relaxed text-stone-600">{messages.region.treeLead}</p>
      {tree.status === "unavailable" ? (
        <div className="mt-8">
          <StatusMessage
            role="alert"
            title={messages.errors.unavailableTitle}
            body={messages.errors.unavailableBody}
            action={
              <a href={`/${locale}/regions`} className={statusActionClassName}>
                {messages.errors.retry}
              </a>
            }
          />
        </div>
      ) : (
        tree.data.map((province, provinceIndex) => (
          <section key={province.id} aria-labelledby={`region-${province.code}`} className="mt-8">
            <h2 id={`region-${province.code}`} className="text-xl font-semibold text-stone-900">
              <Link
                href={`/${locale}/regions/${province.code}`}
                className="hover:text-brand-700 hover:underline"
              >
                {name(province)}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-600">
              {localized(locale, province.story ?? "", province.story_en)}
            </p>
            <p className="mt-3 flex flex-wrap items-center gap-2 text-sm">
              <span className="text-stone-600">{messages.region.levelPrefecture}</span>
              {province.children.map((prefecture) => (
                <Link
                  key={prefecture.id}
                  href={`/${locale}/regions/${prefecture.code}`}
                  className="inline-flex min-h-9 items-center rounded-full border border-stone-300 bg-white px-3 text-stone-800 hover:border-brand-600 hover:text-brand-700"
                >
                  {name(prefecture)}
                </Link>
              ))}
            </p>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {province.children.flatMap((prefecture) =>
                prefecture.children.map((county) => (
                  <li key={county.id}>
                    <RegionCard
                      locale={locale}
                      region={county}
                      messages={messages.region}
                      sizes={COUNTY_SIZES}
                      eager={provinceIndex === 0}
                      eyebrow={name(prefecture)}
                    />
                  </li>
                ))
              )}
            </ul>
          </section>
        ))
      )}
    </main>
  )
}
