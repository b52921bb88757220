import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { isLocale } from "@/i18n/config"
import { format } from "@/i18n/format"
import { getMessages } from "@/i18n/messages"
import { getCooperative } from "@/lib/data/aid"
import { loadOrUnavailable } from "@/lib/data/load"
import { getCooperativePageData } from "@/lib/data/places"
import { localized } from "@/lib/util/localized"
import { pageMetadata } from "@/lib/util/page-metadata"
import { CooperativeTemplate } from "@/modules/aid/templates/cooperative-template"
import { UnavailablePage } from "@/modules/common/components/unavailable-page"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperatives/[handle]">): Promise<Metadata> {
  const { locale, handle } = await params
  if (!isLocale(locale)) return {}
  const messages = getMessages(locale)
  const loaded = await loadOrUnavailable("cooperative metadata", () => getCooperative(handle))
  const cooperative = loaded.status === "ok" ? loaded.data : null
  if (!cooperative) return {}
  const name = localized(locale, cooperative.name, cooperative.name_en)
  const place = cooperative.place.map((each) => localized(locale, each.name, each.name_en)).join(" · ")
  return pageMetadata({
    locale,
    path: `/cooperatives/${cooperative.handle}`,
    title: name,
    description: format(messages.cooperativePage.description, {
      name,
      place,
      households: cooperative.households,
    }),
    siteName: messages.site.name,
    image: cooperative.logo_url ? { url: cooperative.logo_url, alt: name } : null,
  })
}

export default async function CooperativePage({ params }: PageProps<"/[locale]/cooperatives/[handle]">) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  await connection()
  const messages = getMessages(locale)
  const loaded = await loadOrUnavailable("cooperative", () => getCooperativePageData(handle))
  if (loaded.status === "unavailable") {
    return <UnavailablePage messages={messages} retryHref={`/${locale}/cooperatives/${handle}`} />
  }
  if (!loaded.data) notFound()
  return <CooperativeTemplate locale={locale} messages={messages} data={loaded.data} />
}
