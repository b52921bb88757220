import Image from "next/image"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { RegionPageData } from "@/lib/data/places"
import { localized } from "@/lib/util/localized"
import { listingHref } from "@/modules/catalog/lib/listing-params"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { shopFileUrl } from "@/lib/util/shop-file-url"

import { AidFigures } from "../components/aid-figures"
import { CooperativeCard } from "../components/cooperative-card"
import { PairingList } from "../components/pairing-list"
import { PlaceProducts } from "../components/place-products"
import { RegionCard } from "../components/region-card"
import { placeCrumbs } from "../lib/place-crumbs"
import { pairingsBelow, regionTotals } from "../lib/region-model"

type RegionTemplateProps = { locale: Locale; messages: Messages; data: RegionPageData }

const headingClassName = "mb-3 text-lg font-semibold text-stone-900"
const PART_SIZES = "(min-width: 72rem) 23rem, (min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw"

export function RegionTemplate({ locale, messages, data }: RegionTemplateProps) {
  const { region, impact, products } = data
  const m = messages.region
  const name = localized(locale, region.name, region.name_en)
  const story = localized(locale, region.story ?? "", region.story_en)
  const level = { province: m.levelProvince, prefecture: m.levelPrefecture, county: m.levelCounty }[
    region.level
  ]
  const placeFilter = region.level === "county" ? { county: region.code } : { region: region.code }
  const allProducts = listingHref(locale, { ...placeFilter, sort: "newest", page: 1 })
  return (
    <main className="mx-auto max-w-6xl space-y-10 px-4 py-6 sm:py-8">
      <div className="space-y-4">
        <Breadcrumb label={m.breadcrumb} crumbs={placeCrumbs(locale, m.treeTitle, region.path)} />
        <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
          <div className="relative aspect-video overflow-hidden rounded-2xl bg-stone-100">
            {region.image_url && (
              <Image
                src={shopFileUrl(region.image_url)}
                alt=""
                fill
                preload
                sizes="(min-width: 1024px) 36rem, 100vw"
                className="object-cover"
              />
            )}
          </div>
          <div className="space-y-4">
            <div>
              <p className="text-sm font-medium text-brand-700">{level}</p>
              <h1 className="mt-1 text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{name}</h1>
              {story && <p className="mt-3 leading-relaxed text-stone-700">{story}</p>}
            </div>
            <section aria-labelledby="pairings-heading">
              <h2 id="pairings-heading" className="mb-2 text-base font-semibold text-stone-900">
                {m.pairingsHeading}
              </h2>
              <PairingList
                locale={locale}
                pairings={[...region.pairings, ...pairingsBelow(region, locale)]}
                messages={m}
              />
            </section>
          </div>
        </div>
      </div>

      {impact && (
        <section
          aria-labelledby="totals-heading"
          className="rounded-2xl border border-stone-200 bg-white p-5"
        >
          <h2 id="totals-heading" className={headingClassName}>
            {m.totalsHeading}
          </h2>
          <AidFigures
            figures={regionTotals(impact, region.id)}
            currencyCode={impact.currency_code}
            messages={messages.counter}
            zero={{ title: messages.counter.zeroTitle, body: m.totalsZero }}
          />
        </section>
      )}

      {region.children.length > 0 && (
        <section aria-labelledby="parts-heading">
          <h2 id="parts-heading" className={headingClassName}>
            {m.partsHeading}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {region.children.map((part) => (
              <li key={part.id}>
                <RegionCard locale={locale} region={part} messages={m} sizes={PART_SIZES} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="cooperatives-heading">
        <h2 id="cooperatives-heading" className={headingClassName}>
          {m.cooperativesHeading}
        </h2>
        {region.cooperatives.length === 0 ? (
          <p className="text-sm text-stone-600">{m.noCooperatives}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {region.cooperatives.map((cooperative) => (
              <li key={cooperative.id}>
                <CooperativeCard locale={locale} cooperative={cooperative} messages={m} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <PlaceProducts
        locale={locale}
        messages={messages.catalog}
        products={products}
        text={{
          heading: m.productsHeading,
          empty: m.noProducts,
          seeAll: format(m.seeAllProducts, { count: products.count }),
        }}
        allHref={allProducts}
      />
    </main>
  )
}
