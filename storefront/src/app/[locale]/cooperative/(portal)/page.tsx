import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getCooperativeImpact, listCooperativeOrders, listMemberProducts } from "@/lib/data/cooperative"
import { requireMember } from "@/modules/cooperative/lib/require-member"
import { DashboardTemplate } from "@/modules/cooperative/templates/dashboard-template"

export async function generateMetadata({ params }: PageProps<"/[locale]/cooperative">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.dashboard.title } : {}
}

export default async function DashboardPage({ params }: PageProps<"/[locale]/cooperative">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const member = await requireMember(locale, "/cooperative")
  const [products, toShip, months] = await Promise.all([
    listMemberProducts(),
    listCooperativeOrders("to_ship"),
    getCooperativeImpact(),
  ])
  return (
    <DashboardTemplate
      locale={locale}
      messages={getMessages(locale)}
      member={member}
      products={products}
      toShip={toShip}
      months={months}
    />
  )
}
