/** What a buyer is told about a variant's stock. */
export type StockState = { state: "in_stock" } | { state: "low"; left: number } | { state: "sold_out" }

/** At or below this many units the page says "only N left". */
export const LOW_STOCK = 5

/** The fields of a store variant that decide whether it can be bought (+variants.inventory_quantity). */
export type StockedVariant = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

/**
 * Medusa only counts stock for variants that manage inventory; backorders can always be bought.
 * A managed variant whose quantity the API did not send is treated as available rather than blocked.
 */
export function stockState(variant: StockedVariant): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder) return { state: "in_stock" }
  const quantity = variant.inventory_quantity
  if (typeof quantity !== "number") return { state: "in_stock" }
  if (quantity <= 0) return { state: "sold_out" }
  return quantity <= LOW_STOCK ? { state: "low", left: quantity } : { state: "in_stock" }
}

/** A product is sold out when it has variants and every one of them is. */
export function isSoldOut(variants: readonly StockedVariant[] | null | undefined): boolean {
  return !!variants?.length && variants.every((variant) => stockState(variant).state === "sold_out")
}
