import Image from "next/image"
import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { CooperativePageData } from "@/lib/data/places"
import { localized } from "@/lib/util/localized"
import { shopFileUrl } from "@/lib/util/shop-file-url"
import { listingHref } from "@/modules/catalog/lib/listing-params"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"

import { PlaceProducts } from "../components/place-products"
import { placeCrumbs } from "../lib/place-crumbs"

type CooperativeTemplateProps = { locale: Locale; messages: Messages; data: CooperativePageData }

const headingClassName = "mb-3 text-lg font-semibold text-stone-900"

export function CooperativeTemplate({ locale, messages, data }: CooperativeTemplateProps) {
  const { cooperative, products } = data
  const m = messages.cooperativePage
  const name = localized(locale, cooperative.name, cooperative.name_en)
  const story = localized(locale, cooperative.story ?? "", cooperative.story_en)
  const county = cooperative.place.at(-1)
  const placeName = cooperative.place.map((place) => localized(locale, place.name, place.name_en)).join(" · ")
  return (
    <main className="mx-auto max-w-6xl space-y-10 px-4 py-6 sm:py-8">
      <div className="space-y-4">
        <Breadcrumb
          label={messages.region.breadcrumb}
          crumbs={[...placeCrumbs(locale, messages.region.treeTitle, cooperative.place), { label: name }]}
        />
        <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
          <div className="relative size-32 shrink-0 overflow-hidden rounded-2xl bg-stone-100 sm:size-40">
            {cooperative.logo_url && (
              <Image
                src={shopFileUrl(cooperative.logo_url)}
                alt=""
                fill
                preload
                sizes="10rem"
                className="object-cover"
              />
            )}
          </div>
          <div className="min-w-0 space-y-3">
            <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{name}</h1>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="text-stone-600">{m.place}</dt>
              <dd className="text-stone-900">
                {county ? (
                  <Link
                    href={`/${locale}/regions/${county.code}`}
                    className="text-brand-700 underline-offset-4 hover:underline"
                  >
                    {placeName}
                  </Link>
                ) : (
                  placeName
                )}
              </dd>
              <dt className="text-stone-600">{m.households}</dt>
              <dd className="font-semibold text-stone-900">
                {format(m.householdsValue, { count: cooperative.households })}
              </dd>
            </dl>
          </div>
        </div>
      </div>

      {story && (
        <section aria-labelledby="story-heading" className="max-w-3xl">
          <h2 id="story-heading" className={headingClassName}>
            {m.storyHeading}
          </h2>
          <p className="leading-relaxed text-stone-700">{story}</p>
        </section>
      )}

      <PlaceProducts
        locale={locale}
        messages={messages.catalog}
        products={products}
        text={{ heading: m.productsHeading, empty: m.noProducts, seeAll: m.seeInListing }}
        allHref={listingHref(locale, { cooperative: cooperative.handle, sort: "newest", page: 1 })}
        eager
      />
    </main>
  )
}
