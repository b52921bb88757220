import Link from "next/link"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import { setProductStatus } from "@/lib/actions/cooperative-products"
import type { MemberProduct } from "@/lib/data/cooperative-types"
import { formatPrice } from "@/lib/util/format-price"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

import { Notice } from "../components/notice"
import { PageHeading } from "../components/page-heading"
import { ProductThumbnail } from "../components/product-thumbnail"
import { cardClass, primaryButton, secondaryButton, textLink } from "../components/styles"
import { portalPath } from "../lib/paths"
import { LOW_STOCK } from "../lib/stock"

type ProductsTemplateProps = {
  locale: Locale
  messages: Messages
  products: MemberProduct[]
  notice?: "created" | "deleted"
}

export function ProductsTemplate({ locale, messages, products, notice }: ProductsTemplateProps) {
  const words = messages.portal.products
  const newProduct = (
    <Link href={portalPath(locale, "/products/new")} className={primaryButton}>
      {words.newProduct}
    </Link>
  )
  return (
    <>
      <PageHeading
        title={words.title}
        intro={words.intro}
        action={products.length ? newProduct : undefined}
      />
      {notice === "created" ? <Notice tone="success">{messages.portal.productForm.created}</Notice> : null}
      {notice === "deleted" ? <Notice tone="success">{words.deleted}</Notice> : null}
      {products.length === 0 ? (
        <StatusMessage
          role="status"
          title={words.emptyTitle}
          body={words.emptyBody}
          action={
            <Link href={portalPath(locale, "/products/new")} className={statusActionClassName}>
              {words.newProduct}
            </Link>
          }
        />
      ) : (
        <ul className="mt-4 grid gap-3 lg:grid-cols-2" data-testid="portal-products">
          {products.map((product) => (
            <li key={product.id}>
              <ProductRow locale={locale} messages={messages} product={product} />
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function ProductRow({
  locale,
  messages,
  product,
}: {
  locale: Locale
  messages: Messages
  product: MemberProduct
}) {
  const words = messages.portal.products
  const published = product.status === "published"
  const title = locale === "en" ? product.metadata?.title_en || product.title : product.title
  return (
    <article className={`${cardClass} flex h-full gap-3 sm:gap-4`}>
      <ProductThumbnail url={product.thumbnail} alt={title} noImage={words.noImage} />
      <div className="min-w-0 flex-1 space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="min-w-0 text-base font-semibold text-stone-900">{title}</h2>
          <span
            className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-medium ${
              published ? "bg-green-100 text-green-800" : "bg-stone-200 text-stone-700"
            }`}
          >
            {published ? words.published : words.draft}
          </span>
        </div>
        <ul className="space-y-1 text-sm text-stone-700">
          {product.variants.map((variant) => {
            const low = variant.available_quantity <= LOW_STOCK
            return (
              <li key={variant.id} className="flex flex-wrap items-center gap-2">
                <span>
                  {format(words.variantLine, {
                    title: locale === "en" ? variant.metadata?.title_en || variant.title : variant.title,
                    price: variant.price === null ? "—" : formatPrice(variant.price, "cny"),
                    available: variant.available_quantity,
                  })}
                </span>
                {low ? (
                  <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">
                    {variant.available_quantity === 0 ? words.soldOut : words.lowStock}
                  </span>
                ) : null}
              </li>
            )
          })}
        </ul>
        {published ? (
          <Link href={`/${locale}/products/${product.handle}`} className={textLink}>
            {words.viewInShop}
          </Link>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Link href={portalPath(locale, `/products/${product.id}`)} className={`${secondaryButton} px-4`}>
            {messages.portal.common.edit}
          </Link>
          <form action={setProductStatus}>
            <input type="hidden" name="id" value={product.id} />
            <input type="hidden" name="status" value={published ? "draft" : "published"} />
            <button type="submit" className={`${secondaryButton} px-4`}>
              {published ? words.unpublish : words.publish}
            </button>
          </form>
        </div>
      </div>
    </article>
  )
}
