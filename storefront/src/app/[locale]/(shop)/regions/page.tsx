import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { listAidRegions } from "@/lib/data/aid"
import { loadOrUnavailable } from "@/lib/data/load"
import { pageMetadata } from "@/lib/util/page-metadata"
import { RegionTreeTemplate } from "@/modules/aid/templates/region-tree-template"

export async function generateMetadata({ params }: PageProps<"/[locale]/regions">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { region, site } = getMessages(locale)
  return pageMetadata({
    locale,
    path: "/regions",
    title: region.treeTitle,
    description: region.treeDescription,
    siteName: site.name,
  })
}

export default async function RegionsPage({ params }: PageProps<"/[locale]/regions">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await connection()
  const tree = await loadOrUnavailable("regions", listAidRegions)
  return <RegionTreeTemplate locale={locale} messages={getMessages(locale)} tree={tree} />
}
