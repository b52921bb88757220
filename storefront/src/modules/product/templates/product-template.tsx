import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import type { ProductPageData } from "@/lib/data/product-page"
import { localized } from "@/lib/util/localized"
import { shopFileUrl } from "@/lib/util/shop-file-url"
import { listingHref } from "@/modules/catalog/lib/listing-params"
import { Breadcrumb, type Crumb } from "@/modules/common/components/breadcrumb"

import { CertificateBadge } from "../components/certificate-badge"
import { HowItHelps } from "../components/how-it-helps"
import { ProducerCard } from "../components/producer-card"
import { ProductGallery } from "../components/product-gallery"
import { ProductPurchase } from "../components/product-purchase"
import { toProductPageModel } from "../lib/product-model"

type ProductTemplateProps = { locale: Locale; messages: Messages; data: ProductPageData }

export function ProductTemplate({ locale, messages, data }: ProductTemplateProps) {
  const m = messages.product
  const product = toProductPageModel(data.product, locale, data.currencyCode, m.imageAlt)
  const donors = [
    ...new Set(data.pairings.map((pairing) => localized(locale, pairing.donor.name, pairing.donor.name_en))),
  ]
  const crumbs: Crumb[] = [
    { label: messages.listing.title, href: `/${locale}/products` },
    ...(product.kind
      ? [
          {
            label: product.kind.name,
            href: listingHref(locale, { kind: product.kind.handle, sort: "newest", page: 1 }),
          },
        ]
      : []),
    { label: product.title },
  ]
  return (
    <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <Breadcrumb label={m.breadcrumb} crumbs={crumbs} />
      <div className="mt-4 grid gap-6 lg:grid-cols-2 lg:gap-10">
        <ProductGallery
          images={product.images.map((image) => ({ ...image, url: shopFileUrl(image.url) }))}
          label={m.galleryLabel}
          showImageLabel={m.showImage}
        />
        <div className="space-y-5">
          <div>
            <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{product.title}</h1>
            {product.cooperative && (
              <p className="mt-1 text-sm text-stone-600">
                {product.cooperative.name}
                {product.cooperative.county && ` · ${product.cooperative.county.name}`}
              </p>
            )}
          </div>
          <ProductPurchase
            variants={product.variants}
            defaultVariantId={product.defaultVariantId}
            optionLabel={product.optionLabel}
            cartHref={`/${locale}/cart`}
            messages={m}
          />
          {product.certificate && <CertificateBadge certificate={product.certificate} messages={m} />}
          <HowItHelps locale={locale} product={product} donors={donors} messages={m} />
        </div>
      </div>
      <div className="mt-10 grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {product.description && (
          <section aria-labelledby="description-heading">
            <h2 id="description-heading" className="mb-2 text-lg font-semibold text-stone-900">
              {m.descriptionHeading}
            </h2>
            <p className="leading-relaxed whitespace-pre-line text-stone-700">{product.description}</p>
          </section>
        )}
        {product.cooperative && (
          <ProducerCard locale={locale} cooperative={product.cooperative} messages={messages} />
        )}
      </div>
    </main>
  )
}
