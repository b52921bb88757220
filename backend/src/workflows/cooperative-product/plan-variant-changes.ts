import { MedusaError } from "@medusajs/framework/utils"

export type VariantChange = { id: string; price?: number; stock?: number }

export type CurrentVariant = {
  id: string
  title: string
  prices?: { id: string; amount: number | string; currency_code: string }[] | null
  inventory_items?:
    | {
        inventory_item_id: string
        inventory?: {
          location_levels?: { location_id: string; reserved_quantity: number | string }[] | null
        } | null
      }[]
    | null
}

export type VariantChangePlan = {
  prices: { id: string; prices: { id?: string; currency_code: string; amount: number }[] }[]
  levelUpdates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
  levelCreates: { inventory_item_id: string; location_id: string; stocked_quantity: number }[]
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** The yuan price replaced, every other currency's price kept (Medusa replaces a variant's whole price list). */
function newPrices(variant: CurrentVariant, price: number) {
  const others = (variant.prices ?? [])
    .filter((current) => current.currency_code !== "cny")
    .map(({ id, currency_code, amount }) => ({ id, currency_code, amount: Number(amount) }))
  const cny = variant.prices?.find((current) => current.currency_code === "cny")
  return [...others, { ...(cny ? { id: cny.id } : {}), currency_code: "cny", amount: price }]
}

/** What to write for a member's price and stock changes: prices per variant, stock at their own location. */
export function planVariantChanges(
  current: CurrentVariant[],
  changes: VariantChange[],
  locationId: string
): VariantChangePlan {
  const plan: VariantChangePlan = { prices: [], levelUpdates: [], levelCreates: [] }
  for (const change of changes) {
    const variant = current.find((candidate) => candidate.id === change.id)
    if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${change.id} was not found`)
    if (change.price !== undefined)
      plan.prices.push({ id: variant.id, prices: newPrices(variant, change.price) })
    if (change.stock === undefined) continue
    const item = variant.inventory_items?.[0]
    if (!item) throw refuse(`variants stock cannot be set: ${variant.title} does not track stock`)
    const level = item.inventory?.location_levels?.find((candidate) => candidate.location_id === locationId)
    const reserved = Number(level?.reserved_quantity ?? 0)
    if (change.stock < reserved) {
      throw refuse(
        `variants stock of ${variant.title} must be at least the ${reserved} units already ordered`
      )
    }
    const write = {
      inventory_item_id: item.inventory_item_id,
      location_id: locationId,
      stocked_quantity: change.stock,
    }
    ;(level ? plan.levelUpdates : plan.levelCreates).push(write)
  }
  return plan
}
