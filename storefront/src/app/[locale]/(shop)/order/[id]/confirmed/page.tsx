import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getPlacedOrderCart, hasAuthToken } from "@/lib/data/cookies"
import { getOrderPageData } from "@/lib/data/orders"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"
import { toOrderAidModel } from "@/modules/order/lib/order-aid"
import { OrderConfirmedTemplate } from "@/modules/order/templates/order-confirmed-template"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/order/[id]/confirmed">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getMessages(locale).order.metaTitle, robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: PageProps<"/[locale]/order/[id]/confirmed">) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  const data = await getOrderPageData(id, await getPlacedOrderCart(id))
  if (!data) {
    return (
      <main className="mx-auto max-w-6xl px-4 py-12">
        <StatusMessage
          role="alert"
          title={messages.order.notFoundTitle}
          body={messages.order.notFoundBody}
          action={
            <Link href={`/${locale}/account`} className={statusActionClassName}>
              {messages.order.viewAccount}
            </Link>
          }
        />
      </main>
    )
  }
  const { order, aid, products } = data
  return (
    <OrderConfirmedTemplate
      locale={locale}
      messages={messages}
      order={order}
      aid={toOrderAidModel(order.items ?? [], aid.contributions, products, locale, order.currency_code)}
      signedIn={await hasAuthToken("customer")}
    />
  )
}
