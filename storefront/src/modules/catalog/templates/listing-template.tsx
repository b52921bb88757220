import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import type { ListingData } from "@/lib/data/listing"
import type { Loaded } from "@/lib/data/load"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"
import { UnavailablePage } from "@/modules/common/components/unavailable-page"

import { FilterChips } from "../components/filter-chips"
import { FilterForm } from "../components/filter-form"
import { Pagination } from "../components/pagination"
import { ProductList } from "../components/product-list"
import { filterChoices } from "../lib/filter-options"
import { activeFilters, listingHref, withoutFilters, type ListingFilters } from "../lib/listing-params"
import { pageCount } from "../lib/pagination"

type ListingTemplateProps = {
  locale: Locale
  messages: Messages
  filters: ListingFilters
  listing: Loaded<ListingData>
}

function Results({
  locale,
  messages,
  filters,
  data,
}: Omit<ListingTemplateProps, "listing"> & { data: ListingData }) {
  const { page } = data
  const pages = pageCount(page.count, page.limit)
  if (page.count === 0) {
    return (
      <StatusMessage
        role="status"
        title={messages.listing.emptyTitle}
        body={messages.listing.emptyBody}
        action={
          <Link href={listingHref(locale, withoutFilters(filters))} className={statusActionClassName}>
            {messages.listing.clearFilters}
          </Link>
        }
      />
    )
  }
  if (page.products.length === 0) {
    return (
      <StatusMessage
        role="status"
        title={messages.listing.pageBeyond}
        body={format(messages.listing.count, { count: page.count })}
        action={
          <Link href={listingHref(locale, { ...filters, page: 1 })} className={statusActionClassName}>
            {messages.listing.firstPage}
          </Link>
        }
      />
    )
  }
  return (
    <>
      <ProductList
        locale={locale}
        products={page.products}
        currencyCode={page.currencyCode}
        messages={messages.catalog}
        eager
      />
      <Pagination locale={locale} filters={filters} pages={pages} messages={messages.listing} />
    </>
  )
}

export function ListingTemplate({ locale, messages, filters, listing }: ListingTemplateProps) {
  if (listing.status === "unavailable") {
    return <UnavailablePage messages={messages} retryHref={listingHref(locale, filters)} />
  }
  const data = listing.data
  const choices = filterChoices(data.regions, data.cooperatives, data.kinds, locale)
  const active = activeFilters(filters).length
  // Remount the forms on every new listing so their fields show the URL's filters after a chip is removed.
  const formKey = listingHref(locale, filters)
  const form = (idPrefix: string) => (
    <FilterForm
      key={`${idPrefix}${formKey}`}
      locale={locale}
      filters={filters}
      choices={choices}
      messages={messages.listing}
      idPrefix={idPrefix}
    />
  )
  return (
    <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold tracking-tight text-stone-900">{messages.listing.title}</h1>
        <p className="text-sm text-stone-600" role="status">
          {format(messages.listing.count, { count: data.page.count })}
        </p>
      </div>
      <div className="lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
        <aside aria-labelledby="filters-heading" className="hidden lg:block">
          <h2 id="filters-heading" className="mb-3 text-base font-semibold text-stone-900">
            {messages.listing.filtersHeading}
          </h2>
          {form("desktop")}
        </aside>
        <div className="min-w-0 space-y-4">
          <details className="group rounded-xl border border-stone-200 bg-white lg:hidden">
            <summary className="flex min-h-11 cursor-pointer items-center justify-between px-4 text-sm font-medium text-stone-900">
              <span>
                {messages.listing.filtersToggle}
                {active > 0 && (
                  <span className="ml-2 text-brand-700">
                    {format(messages.listing.filtersActive, { count: active })}
                  </span>
                )}
              </span>
              <span aria-hidden="true" className="transition-transform group-open:rotate-180">
                ▾
              </span>
            </summary>
            <div className="border-t border-stone-200 p-4">{form("phone")}</div>
          </details>
          <FilterChips locale={locale} filters={filters} choices={choices} messages={messages.listing} />
          {/* Phones hide the filters' heading; the cards' h3 titles still need an h2 above them. */}
          <h2 className="sr-only">{messages.listing.resultsHeading}</h2>
          <Results locale={locale} messages={messages} filters={filters} data={data} />
        </div>
      </div>
    </main>
  )
}
