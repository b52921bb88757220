import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getAidImpact } from "@/lib/data/aid"
import { getHomeData } from "@/lib/data/home"
import { loadOrUnavailable } from "@/lib/data/load"
import { pageMetadata } from "@/lib/util/page-metadata"
import { HomeTemplate } from "@/modules/catalog/templates/home-template"

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { meta, site } = getMessages(locale)
  const metadata = pageMetadata({
    locale,
    path: "",
    title: meta.homeTitle,
    description: meta.homeDescription,
    siteName: site.name,
  })
  // The home title leads with the site name instead of the layout's "%s · site" template.
  const title = `${site.name} · ${meta.homeTitle}`
  return { ...metadata, title: { absolute: title }, openGraph: { ...metadata.openGraph, title } }
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  // Products come from the running backend, which is not there during `next build`.
  await connection()
  const [home, impact] = await Promise.all([
    loadOrUnavailable("home", getHomeData),
    // The counter failing alone should not hide the goods.
    loadOrUnavailable("impact", getAidImpact),
  ])
  return <HomeTemplate locale={locale} messages={getMessages(locale)} home={home} impact={impact} />
}
