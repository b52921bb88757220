import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { connection } from "next/server"

import { isLocale } from "@/i18n/config"
import { format } from "@/i18n/format"
import { getMessages } from "@/i18n/messages"
import { getListingData } from "@/lib/data/listing"
import { loadOrUnavailable } from "@/lib/data/load"
import { pageMetadata } from "@/lib/util/page-metadata"
import {
  listingHref,
  listingSearch,
  parseListingParams,
  rawSearch,
} from "@/modules/catalog/lib/listing-params"
import { ListingTemplate } from "@/modules/catalog/templates/listing-template"

export async function generateMetadata({
  params,
  searchParams,
}: PageProps<"/[locale]/products">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { listing, site } = getMessages(locale)
  const filters = parseListingParams(await searchParams)
  const title =
    filters.page > 1
      ? format(listing.titleWithPage, { title: listing.title, page: filters.page })
      : listing.title
  return pageMetadata({
    locale,
    path: `/products${listingSearch(filters)}`,
    title,
    description: listing.description,
    siteName: site.name,
  })
}

export default async function ProductsPage({ params, searchParams }: PageProps<"/[locale]/products">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const filters = parseListingParams(query)
  // One URL per listing: a submitted form's empty fields and malformed values are dropped.
  if (rawSearch(query) !== listingSearch(filters)) redirect(listingHref(locale, filters))
  await connection()
  const listing = await loadOrUnavailable("listing", () => getListingData(filters))
  return (
    <ListingTemplate locale={locale} messages={getMessages(locale)} filters={filters} listing={listing} />
  )
}
