import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getAidRegion } from "@/lib/data/aid"
import { loadOrUnavailable } from "@/lib/data/load"
import { getRegionPageData } from "@/lib/data/places"
import { localized } from "@/lib/util/localized"
import { pageMetadata } from "@/lib/util/page-metadata"
import { RegionTemplate } from "@/modules/aid/templates/region-template"
import { UnavailablePage } from "@/modules/common/components/unavailable-page"

// The segment takes a region's code (readable URLs) or its id; links and the canonical URL use the code.
export async function generateMetadata({ params }: PageProps<"/[locale]/regions/[id]">): Promise<Metadata> {
  const { locale, id } = await params
  if (!isLocale(locale)) return {}
  const messages = getMessages(locale)
  const loaded = await loadOrUnavailable("region metadata", () => getAidRegion(id))
  const region = loaded.status === "ok" ? loaded.data : null
  if (!region) return { title: messages.region.treeTitle }
  const name = localized(locale, region.name, region.name_en)
  return pageMetadata({
    locale,
    path: `/regions/${region.code}`,
    title: name,
    description: localized(locale, region.story ?? "", region.story_en) || messages.region.treeDescription,
    siteName: messages.site.name,
    image: region.image_url ? { url: region.image_url, alt: name } : null,
  })
}

export default async function RegionPage({ params }: PageProps<"/[locale]/regions/[id]">) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await connection()
  const messages = getMessages(locale)
  const loaded = await loadOrUnavailable("region", () => getRegionPageData(id))
  if (loaded.status === "unavailable") {
    return <UnavailablePage messages={messages} retryHref={`/${locale}/regions/${id}`} />
  }
  if (!loaded.data) notFound()
  return <RegionTemplate locale={locale} messages={messages} data={loaded.data} />
}
