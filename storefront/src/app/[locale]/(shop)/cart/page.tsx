import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { retrieveCart } from "@/lib/data/cart"
import { listLineProducts } from "@/lib/data/line-products"
import { toCartLineModel } from "@/modules/cart/lib/line-model"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export async function generateMetadata({ params }: PageProps<"/[locale]/cart">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { cart } = getMessages(locale)
  // A shopper's own cart is nobody's search result.
  return { title: cart.title, description: cart.metaDescription, robots: { index: false } }
}

export default async function CartPage({ params }: PageProps<"/[locale]/cart">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const cart = await retrieveCart()
  const items = cart?.items ?? []
  const products = await listLineProducts(items)
  const lines = [...items]
    .sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
    .map((item) =>
      toCartLineModel(item, products.get(item.product_id ?? ""), locale, cart?.currency_code ?? "cny")
    )
  return <CartTemplate locale={locale} messages={getMessages(locale)} cart={cart} lines={lines} />
}
