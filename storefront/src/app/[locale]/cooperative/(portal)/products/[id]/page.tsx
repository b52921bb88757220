import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { updateProductDetails } from "@/lib/actions/cooperative-products"
import { updateProductStock } from "@/lib/actions/cooperative-stock"
import { getMemberProduct } from "@/lib/data/cooperative"
import { DeleteProduct } from "@/modules/cooperative/components/delete-product"
import { PageHeading } from "@/modules/cooperative/components/page-heading"
import { ProductForm } from "@/modules/cooperative/components/product-form"
import { StockForm } from "@/modules/cooperative/components/stock-form"
import { cardClass, textLink } from "@/modules/cooperative/components/styles"
import { portalPath } from "@/modules/cooperative/lib/paths"
import { productValues } from "@/modules/cooperative/lib/product-form"
import { requireMember } from "@/modules/cooperative/lib/require-member"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/products/[id]">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.productForm.editTitle } : {}
}

export default async function EditProductPage({ params }: PageProps<"/[locale]/cooperative/products/[id]">) {
  const { locale, id } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, `/cooperative/products/${id}`)
  // Another cooperative's listing is a 404 from the backend, exactly like one that does not exist.
  const product = await getMemberProduct(id)
  if (!product) notFound()
  const { portal } = getMessages(locale)
  const messages = { fieldErrors: portal.fieldErrors, errors: portal.errors, common: portal.common }
  return (
    <>
      <Link href={portalPath(locale, "/products")} className={textLink}>
        ← {portal.products.title}
      </Link>
      <PageHeading title={portal.productForm.editTitle} intro={product.title} />
      <div className="space-y-6">
        <section aria-labelledby="stock-heading" className={cardClass}>
          <h2 id="stock-heading" className="text-lg font-semibold text-stone-900">
            {portal.stockForm.heading}
          </h2>
          <p className="mb-4 text-sm text-stone-600">{portal.stockForm.intro}</p>
          <StockForm
            action={updateProductStock.bind(null, product.id)}
            variants={product.variants}
            locale={locale}
            messages={{ ...messages, stockForm: portal.stockForm, productForm: portal.productForm }}
          />
        </section>
        <section aria-labelledby="details-heading" className={cardClass}>
          <h2 id="details-heading" className="mb-4 text-lg font-semibold text-stone-900">
            {portal.productForm.detailsHeading}
          </h2>
          <ProductForm
            locale={locale}
            action={updateProductDetails.bind(null, product.id)}
            initial={productValues(product)}
            withVariants={false}
            messages={{ ...messages, productForm: portal.productForm }}
          />
        </section>
        <DeleteProduct locale={locale} productId={product.id} messages={portal.deleteProduct} />
      </div>
    </>
  )
}
