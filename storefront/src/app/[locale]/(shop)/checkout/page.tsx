import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { retrieveCart } from "@/lib/data/cart"
import { listPaymentProviders, listShippingOptions } from "@/lib/data/checkout"
import { retrieveCustomer } from "@/lib/data/customer"
import { listLineProducts } from "@/lib/data/line-products"
import { toCartLineModel } from "@/modules/cart/lib/line-model"
import { fromMedusaAddress } from "@/modules/checkout/lib/address-schema"
import { paymentChoices, shippingChoices } from "@/modules/checkout/lib/choices"
import { currentStep } from "@/modules/checkout/lib/steps"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export async function generateMetadata({ params }: PageProps<"/[locale]/checkout">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { checkout } = getMessages(locale)
  return { title: checkout.title, description: checkout.metaDescription, robots: { index: false } }
}

export default async function CheckoutPage({ params, searchParams }: PageProps<"/[locale]/checkout">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${locale}/cart`)
  const messages = getMessages(locale)
  const requested = (await searchParams).step
  const step = currentStep(typeof requested === "string" ? requested : undefined, cart)
  const [customer, products, options, providers] = await Promise.all([
    retrieveCustomer(),
    listLineProducts(cart.items),
    cart.shipping_address ? listShippingOptions(cart.id) : Promise.resolve([]),
    listPaymentProviders(cart.region_id ?? ""),
  ])
  const saved = cart.shipping_address?.address_1 ? cart.shipping_address : customer?.addresses[0]
  return (
    <CheckoutTemplate
      locale={locale}
      messages={messages}
      cart={cart}
      step={step}
      lines={cart.items.map((item) =>
        toCartLineModel(item, products.get(item.product_id ?? ""), locale, cart.currency_code)
      )}
      address={fromMedusaAddress(saved, cart.email ?? customer?.email)}
      shipping={shippingChoices(options, messages.checkout, cart.currency_code)}
      payment={paymentChoices(providers, messages.checkout)}
      customerEmail={customer?.email ?? null}
    />
  )
}
