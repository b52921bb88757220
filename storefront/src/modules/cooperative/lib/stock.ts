import type { MemberProduct, MemberVariant } from "@/lib/data/cooperative-types"

/** At or below this many units left to sell, a variant counts as running low on the dashboard. */
export const LOW_STOCK = 5

export type LowStockVariant = { product: MemberProduct; variant: MemberVariant }

/** Variants of listings on sale that are running low, fewest left first. */
export function lowStockVariants(products: MemberProduct[]): LowStockVariant[] {
  return products
    .filter((product) => product.status === "published")
    .flatMap((product) => product.variants.map((variant) => ({ product, variant })))
    .filter(({ variant }) => variant.available_quantity <= LOW_STOCK)
    .sort((a, b) => a.variant.available_quantity - b.variant.available_quantity)
}
