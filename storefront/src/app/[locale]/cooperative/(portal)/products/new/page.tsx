import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { createProduct } from "@/lib/actions/cooperative-products"
import { PageHeading } from "@/modules/cooperative/components/page-heading"
import { ProductForm } from "@/modules/cooperative/components/product-form"
import { cardClass, textLink } from "@/modules/cooperative/components/styles"
import { portalPath } from "@/modules/cooperative/lib/paths"
import { emptyProduct } from "@/modules/cooperative/lib/product-form"
import { requireMember } from "@/modules/cooperative/lib/require-member"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/products/new">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.productForm.newTitle } : {}
}

export default async function NewProductPage({ params }: PageProps<"/[locale]/cooperative/products/new">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, "/cooperative/products/new")
  const { portal } = getMessages(locale)
  return (
    <>
      <Link href={portalPath(locale, "/products")} className={textLink}>
        ← {portal.products.title}
      </Link>
      <PageHeading title={portal.productForm.newTitle} />
      <div className={cardClass}>
        <ProductForm
          locale={locale}
          action={createProduct}
          initial={emptyProduct}
          withVariants
          messages={{
            productForm: portal.productForm,
            fieldErrors: portal.fieldErrors,
            errors: portal.errors,
            common: portal.common,
          }}
        />
      </div>
    </>
  )
}
