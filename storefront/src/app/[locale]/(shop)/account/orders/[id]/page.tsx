import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"

import { format } from "@/i18n/format"
import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { hasAuthToken } from "@/lib/data/cookies"
import { getOrderPageData } from "@/lib/data/orders"
import { OrderDetailTemplate } from "@/modules/account/templates/order-detail-template"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"
import { toOrderAidModel } from "@/modules/order/lib/order-aid"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/account/orders/[id]">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: getMessages(locale).account.orders.title, robots: { index: false } }
}

export default async function AccountOrderPage({ params }: PageProps<"/[locale]/account/orders/[id]">) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  if (!(await hasAuthToken("customer")))
    redirect(`/${locale}/account/login?next=/${locale}/account/orders/${id}`)
  const messages = getMessages(locale)
  // Anyone else's order is "not found", exactly like one that does not exist.
  const data = await getOrderPageData(id)
  if (!data) {
    return (
      <main className="mx-auto max-w-6xl px-4 py-12">
        <StatusMessage
          role="alert"
          title={messages.account.orders.notFoundTitle}
          body={messages.account.orders.notFoundBody}
          action={
            <Link href={`/${locale}/account`} className={statusActionClassName}>
              {messages.account.orders.back}
            </Link>
          }
        />
      </main>
    )
  }
  const { order, aid, products } = data
  return (
    <OrderDetailTemplate
      locale={locale}
      messages={messages}
      order={order}
      title={format(messages.account.orders.detailTitle, { number: `#${order.display_id}` })}
      aid={toOrderAidModel(order.items ?? [], aid.contributions, products, locale, order.currency_code)}
    />
  )
}
