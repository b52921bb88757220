import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { isLocale, locales, openGraphLocales } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getHomeCatalog } from "@/lib/data/catalog"
import { HomeTemplate } from "@/modules/catalog/templates/home-template"

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { meta, site } = getMessages(locale)
  // The home title leads with the site name instead of the layout's "%s · site" template.
  const title = `${site.name} · ${meta.homeTitle}`
  return {
    title: { absolute: title },
    description: meta.homeDescription,
    alternates: {
      canonical: `/${locale}`,
      languages: Object.fromEntries(locales.map((each) => [each, `/${each}`])),
    },
    openGraph: {
      type: "website",
      url: `/${locale}`,
      siteName: site.name,
      title,
      description: meta.homeDescription,
      locale: openGraphLocales[locale],
      alternateLocale: locales.filter((each) => each !== locale).map((each) => openGraphLocales[each]),
    },
  }
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  // Products come from the running backend, which is not there during `next build`.
  await connection()
  const catalog = await getHomeCatalog()

  return <HomeTemplate locale={locale} messages={getMessages(locale)} catalog={catalog} />
}
