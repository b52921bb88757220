import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { listCooperativeOrders } from "@/lib/data/cooperative"
import { requireMember } from "@/modules/cooperative/lib/require-member"
import { OrdersTemplate } from "@/modules/cooperative/templates/orders-template"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/orders">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.orders.title } : {}
}

export default async function OrdersPage({
  params,
  searchParams,
}: PageProps<"/[locale]/cooperative/orders">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const status = query.status === "shipped" ? "shipped" : "to_ship"
  await requireMember(locale, `/cooperative/orders?status=${status}`)
  const shipped = typeof query.shipped === "string" && /^\d+$/.test(query.shipped) ? query.shipped : undefined
  return (
    <OrdersTemplate
      locale={locale}
      messages={getMessages(locale)}
      status={status}
      orders={await listCooperativeOrders(status)}
      shipped={shipped}
    />
  )
}
