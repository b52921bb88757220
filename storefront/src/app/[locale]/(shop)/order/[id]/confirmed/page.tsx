import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getPlacedOrderCart, hasAuthToken } from "@/lib/data/cookies"
import { listLineProducts } from "@/lib/data/line-products"
import { retrieveOrder, retrieveOrderAid } from "@/lib/data/orders"
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
  // The backend decides who may see the order: its customer, or the guest holding the cart it came from.
  const aid = await retrieveOrderAid(id, await getPlacedOrderCart(id))
  const order = aid ? await retrieveOrder(id) : null
  if (!aid || !order) {
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
  const items = order.items ?? []
  const products = await listLineProducts(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))
  return (
    <OrderConfirmedTemplate
      locale={locale}
      messages={messages}
      order={order}
      aid={toOrderAidModel(items, aid.contributions, products, locale, order.currency_code)}
      signedIn={await hasAuthToken("customer")}
    />
  )
}
