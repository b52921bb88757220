import type { Locale } from "@/i18n/config"
import type { LineProduct } from "@/lib/data/line-products"
import { formatPrice } from "@/lib/util/format-price"
import { localized } from "@/lib/util/localized"

/** A cart line as the buyer reads it, in their language. */
export type CartLineModel = {
  id: string
  title: string
  variant: string | null
  thumbnail: string | null
  handle: string | null
  quantity: number
  unitPrice: string
  total: string
  /** The county and cooperative the line is counted for; null for goods that are not aid. */
  helps: { county: string; cooperative: string } | null
}

export type CartLineSource = {
  id: string
  product_id?: string | null
  product_title?: string | null
  product_handle?: string | null
  variant_id?: string | null
  variant_title?: string | null
  title: string
  thumbnail?: string | null
  quantity: number
  unit_price: number
  subtotal?: number | null
}

const english = (value: unknown) => (typeof value === "string" && value ? value : null)

export function toCartLineModel(
  line: CartLineSource,
  product: LineProduct | undefined,
  locale: Locale,
  currencyCode: string
): CartLineModel {
  const variant = product?.variants?.find((each) => each.id === line.variant_id)
  const cooperative = product?.cooperative
  const county = cooperative?.county
  return {
    id: line.id,
    title: localized(locale, line.product_title ?? line.title, english(product?.metadata?.title_en)),
    variant: line.variant_title
      ? localized(locale, line.variant_title, english(variant?.metadata?.title_en))
      : null,
    thumbnail: line.thumbnail ?? null,
    handle: line.product_handle ?? null,
    quantity: line.quantity,
    unitPrice: formatPrice(line.unit_price, currencyCode),
    // Medusa's own line subtotal (before discounts): no arithmetic on money here.
    total: formatPrice(line.subtotal ?? line.unit_price, currencyCode),
    helps:
      cooperative && county
        ? {
            county: localized(locale, county.name, county.name_en),
            cooperative: localized(locale, cooperative.name, cooperative.name_en),
          }
        : null,
  }
}
