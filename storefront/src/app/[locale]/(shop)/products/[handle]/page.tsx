import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { loadOrUnavailable } from "@/lib/data/load"
import { getProductPageData } from "@/lib/data/product-page"
import { pageMetadata } from "@/lib/util/page-metadata"
import { UnavailablePage } from "@/modules/common/components/unavailable-page"
import { toProductPageModel } from "@/modules/product/lib/product-model"
import { ProductTemplate } from "@/modules/product/templates/product-template"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/products/[handle]">): Promise<Metadata> {
  const { locale, handle } = await params
  if (!isLocale(locale)) return {}
  const messages = getMessages(locale)
  const loaded = await loadOrUnavailable("product metadata", () => getProductPageData(handle))
  if (loaded.status !== "ok" || !loaded.data) return {}
  const product = toProductPageModel(
    loaded.data.product,
    locale,
    loaded.data.currencyCode,
    messages.product.imageAlt
  )
  const place = product.cooperative
    ? `${product.cooperative.name}${product.cooperative.county ? ` · ${product.cooperative.county.name}` : ""}`
    : ""
  const description = [product.description, place].filter(Boolean).join(" ")
  return pageMetadata({
    locale,
    path: `/products/${loaded.data.product.handle}`,
    title: product.title,
    description: description || messages.meta.homeDescription,
    siteName: messages.site.name,
    image: product.images[0] ?? null,
  })
}

export default async function ProductPage({ params }: PageProps<"/[locale]/products/[handle]">) {
  const { locale, handle } = await params
  if (!isLocale(locale)) notFound()
  await connection()
  const messages = getMessages(locale)
  const loaded = await loadOrUnavailable("product", () => getProductPageData(handle))
  if (loaded.status === "unavailable") {
    return <UnavailablePage messages={messages} retryHref={`/${locale}/products/${handle}`} />
  }
  if (!loaded.data) notFound()
  return <ProductTemplate locale={locale} messages={messages} data={loaded.data} />
}
