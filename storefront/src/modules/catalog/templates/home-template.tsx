import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import type { HomeData } from "@/lib/data/home"
import type { Loaded } from "@/lib/data/load"
import type { AidImpact } from "@/lib/data/types"
import { AidFigures } from "@/modules/aid/components/aid-figures"
import { RegionCard } from "@/modules/aid/components/region-card"
import { pairedRegions } from "@/modules/aid/lib/region-model"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

import { KindTiles } from "../components/kind-tiles"
import { ProductList } from "../components/product-list"

type HomeTemplateProps = {
  locale: Locale
  messages: Messages
  home: Loaded<HomeData>
  impact: Loaded<AidImpact>
}

const sectionClassName = "mx-auto max-w-6xl px-4 py-6 sm:py-8"
const headingClassName = "text-lg font-semibold text-stone-900 sm:text-xl"
// Cards are 80% of a phone's width in the scroller, a third from sm, a fifth from lg.
const REGION_SIZES = "(min-width: 72rem) 13rem, (min-width: 1024px) 20vw, (min-width: 640px) 33vw, 80vw"

function Hero({ locale, messages, impact }: Omit<HomeTemplateProps, "home">) {
  return (
    <section className="bg-linear-to-b from-brand-50 to-stone-50">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:py-12 lg:grid-cols-[minmax(0,1fr)_26rem] lg:items-center">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">
            {messages.home.heroTitle}
          </h1>
          <p className="mt-3 max-w-2xl text-sm leading-relaxed text-stone-700 sm:text-base">
            {messages.home.heroLine}
          </p>
          <Link href={`/${locale}/products`} className={statusActionClassName}>
            {messages.home.heroCta}
          </Link>
        </div>
        <section
          aria-labelledby="counter-heading"
          className="min-h-32 rounded-2xl bg-brand-700 p-5 shadow-sm"
        >
          <h2 id="counter-heading" className="mb-3 text-sm font-medium text-white/90">
            {messages.counter.heading}
          </h2>
          {impact.status === "ok" ? (
            <AidFigures
              figures={impact.data.totals}
              currencyCode={impact.data.currency_code}
              messages={messages.counter}
              zero={{ title: messages.counter.zeroTitle, body: messages.counter.zeroBody }}
              tone="brand"
            />
          ) : (
            <p className="text-sm text-white/90">{messages.counter.unavailable}</p>
          )}
        </section>
      </div>
    </section>
  )
}

function HomeSections({ locale, messages, data }: { locale: Locale; messages: Messages; data: HomeData }) {
  const paired = pairedRegions(data.regions)
  return (
    <>
      {paired.length > 0 && (
        <section aria-labelledby="regions-heading" className={sectionClassName}>
          <h2 id="regions-heading" className={headingClassName}>
            {messages.home.regionsHeading}
          </h2>
          <p className="mt-1 mb-4 text-sm text-stone-600">{messages.home.regionsLead}</p>
          <ul className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-3 sm:overflow-visible sm:px-0 lg:grid-cols-5">
            {paired.map((region, index) => (
              <li key={region.id} className="w-4/5 shrink-0 snap-start sm:w-auto">
                {/* The first picture is the largest thing a phone sees first: fetch it at once. */}
                <RegionCard
                  locale={locale}
                  region={region}
                  messages={messages.region}
                  sizes={REGION_SIZES}
                  eager={index === 0}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.kinds.length > 0 && (
        <section aria-labelledby="kinds-heading" className={sectionClassName}>
          <h2 id="kinds-heading" className={`${headingClassName} mb-4`}>
            {messages.home.kindsHeading}
          </h2>
          <KindTiles locale={locale} kinds={data.kinds} messages={messages.kinds} />
        </section>
      )}
      <section aria-labelledby="featured-heading" className={sectionClassName}>
        <div className="mb-4 flex items-baseline justify-between gap-4">
          <h2 id="featured-heading" className={headingClassName}>
            {messages.home.featuredHeading}
          </h2>
          <Link
            href={`/${locale}/products`}
            className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            {messages.home.seeAllProducts} →
          </Link>
        </div>
        {data.featured.products.length === 0 ? (
          <StatusMessage
            role="status"
            title={messages.catalog.emptyTitle}
            body={messages.catalog.emptyBody}
          />
        ) : (
          <ProductList
            locale={locale}
            products={data.featured.products}
            currencyCode={data.featured.currencyCode}
            messages={messages.catalog}
          />
        )}
      </section>
    </>
  )
}

export function HomeTemplate({ locale, messages, home, impact }: HomeTemplateProps) {
  return (
    <main>
      <Hero locale={locale} messages={messages} impact={impact} />
      {home.status === "ok" ? (
        <HomeSections locale={locale} messages={messages} data={home.data} />
      ) : (
        <div className={sectionClassName}>
          <StatusMessage
            role="alert"
            title={messages.errors.unavailableTitle}
            body={messages.errors.unavailableBody}
            // A plain link reloads the page, so retrying works without client JS.
            action={
              <a href={`/${locale}`} className={statusActionClassName}>
                {messages.errors.retry}
              </a>
            }
          />
        </div>
      )}
    </main>
  )
}
