import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { listMemberProducts } from "@/lib/data/cooperative"
import { requireMember } from "@/modules/cooperative/lib/require-member"
import { ProductsTemplate } from "@/modules/cooperative/templates/products-template"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/products">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.products.title } : {}
}

export default async function ProductsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/cooperative/products">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, "/cooperative/products")
  const { created, deleted } = await searchParams
  const notice = created ? "created" : deleted ? "deleted" : undefined
  return (
    <ProductsTemplate
      locale={locale}
      messages={getMessages(locale)}
      products={await listMemberProducts()}
      notice={notice}
    />
  )
}
