import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { retrieveCustomer } from "@/lib/data/customer"
import { listMyOrders, retrieveMyImpact } from "@/lib/data/orders"
import { placeNames } from "@/lib/data/place-names"
import { AccountTemplate } from "@/modules/account/templates/account-template"

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { account } = getMessages(locale)
  return { title: account.title, description: account.metaDescription, robots: { index: false } }
}

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/${locale}/account/login?next=/${locale}/account`)
  const [impact, { orders }, nameOf] = await Promise.all([
    retrieveMyImpact(),
    listMyOrders(),
    placeNames(locale),
  ])
  const regions = impact.regions.map((region) => ({
    ...region,
    county_name: nameOf(region.county_id, region.county_name),
    // The snapshot's province and prefecture are Chinese; an English reader gets the county alone.
    ...(locale === "en" ? { province_name: null, prefecture_name: null } : {}),
  }))
  return (
    <AccountTemplate
      locale={locale}
      messages={getMessages(locale)}
      customer={customer}
      impact={{ ...impact, regions }}
      orders={orders}
    />
  )
}
