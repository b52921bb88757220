import type { HttpTypes } from "@medusajs/types"

import type { Locale } from "@/i18n/config"
import { format } from "@/i18n/format"
import type { CatalogProduct } from "@/lib/data/types"
import { formatPrice } from "@/lib/util/format-price"
import { localized } from "@/lib/util/localized"
import { stockState, type StockState } from "@/lib/util/stock-state"
import { productTitle } from "@/modules/catalog/lib/product-card-model"

/** One variant as the buyer chooses it: its name, price and stock, in the reader's language. */
export type VariantChoice = { id: string; label: string; price: string | null; stock: StockState }

export type ProductImage = { url: string; alt: string }

export type ProductPageModel = {
  title: string
  description: string | null
  images: ProductImage[]
  /** What the variants differ by ("规格" / "Size"). */
  optionLabel: string | null
  /** Cheapest first, so the radio group reads like a price list. */
  variants: VariantChoice[]
  /** The cheapest variant that can be bought, else the first. */
  defaultVariantId: string | null
  kind: { handle: string; name: string } | null
  cooperative: {
    handle: string
    name: string
    households: number
    logo: string | null
    county: { code: string; name: string } | null
  } | null
  certificate: { number: string; issuer: string; validFrom: string; validTo: string } | null
}

type Metadata = Record<string, unknown> | null | undefined
const text = (metadata: Metadata, key: string) => (typeof metadata?.[key] === "string" ? metadata[key] : null)

/** Certificate dates are calendar days in China, whatever the server's time zone. */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium" }).format(
    new Date(iso)
  )
}

type PageVariant = HttpTypes.StoreProductVariant & { metadata?: Metadata }

function variantChoices(product: CatalogProduct, locale: Locale, currencyCode: string) {
  const variants = (product.variants ?? []) as PageVariant[]
  return variants
    .map((variant) => {
      const amount = variant.calculated_price?.calculated_amount
      return {
        amount: typeof amount === "number" ? amount : null,
        choice: {
          id: variant.id,
          label: localized(locale, variant.title ?? "", text(variant.metadata, "title_en")),
          price:
            typeof amount === "number"
              ? formatPrice(amount, variant.calculated_price?.currency_code ?? currencyCode)
              : null,
          stock: stockState(variant),
        },
      }
    })
    .sort(
      (a, b) =>
        (a.amount ?? Infinity) - (b.amount ?? Infinity) || a.choice.label.localeCompare(b.choice.label)
    )
    .map(({ choice }) => choice)
}

function images(product: CatalogProduct, locale: Locale, title: string, altTemplate: string): ProductImage[] {
  const list = (product.images ?? []).map((image, index) => ({
    url: image.url,
    alt:
      localized(locale, text(image.metadata, "alt") ?? "", text(image.metadata, "alt_en")) ||
      format(altTemplate, { title, index: index + 1 }),
  }))
  if (!list.length && product.thumbnail) return [{ url: product.thumbnail, alt: title }]
  return list
}

/** Everything the product page shows, already in the reader's language. */
export function toProductPageModel(
  product: CatalogProduct,
  locale: Locale,
  currencyCode: string,
  altTemplate: string
): ProductPageModel {
  const title = productTitle(product, locale)
  const variants = variantChoices(product, locale, currencyCode)
  const optionTitles = (product.options ?? []).map((option) => option.title)
  const optionTitleEn = text(product.metadata, "option_title_en")
  const category = product.categories?.[0]
  const { cooperative, certificate } = product
  return {
    title,
    description:
      localized(locale, product.description ?? "", text(product.metadata, "description_en")) || null,
    images: images(product, locale, title, altTemplate),
    optionLabel: optionTitles.length ? localized(locale, optionTitles.join(" / "), optionTitleEn) : null,
    variants,
    defaultVariantId:
      (variants.find((variant) => variant.stock.state !== "sold_out") ?? variants[0])?.id ?? null,
    kind: category
      ? {
          handle: category.handle,
          name: localized(locale, category.name, text(category.metadata, "name_en")),
        }
      : null,
    cooperative: cooperative
      ? {
          handle: cooperative.handle,
          name: localized(locale, cooperative.name, cooperative.name_en),
          households: cooperative.households ?? 0,
          logo: cooperative.logo_url ?? null,
          county:
            cooperative.county?.code !== undefined
              ? {
                  code: cooperative.county.code,
                  name: localized(locale, cooperative.county.name, cooperative.county.name_en),
                }
              : null,
        }
      : null,
    certificate: certificate
      ? {
          number: certificate.number,
          issuer: certificate.issuer,
          validFrom: formatDay(certificate.valid_from, locale),
          validTo: formatDay(certificate.valid_to, locale),
        }
      : null,
  }
}
