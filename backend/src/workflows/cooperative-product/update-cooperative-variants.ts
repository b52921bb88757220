import {
  createInventoryLevelsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductVariantsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planVariantChanges, type CurrentVariant, type VariantChange } from "./plan-variant-changes"

export type UpdateCooperativeVariantsInput = {
  product_id: string
  location_id: string
  variants: VariantChange[]
}

/** A member changes their variants' yuan prices and their stock at the cooperative's own location. */
export const updateCooperativeVariantsWorkflow = createWorkflow(
  "update-cooperative-variants",
  (input: UpdateCooperativeVariantsInput) => {
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: [
        "id",
        "title",
        "prices.id",
        "prices.amount",
        "prices.currency_code",
        "inventory_items.inventory_item_id",
        "inventory_items.inventory.location_levels.location_id",
        "inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { product_id: input.product_id },
    })
    const plan = transform({ input, variants }, ({ input, variants }) =>
      planVariantChanges(variants as CurrentVariant[], input.variants, input.location_id)
    )
    when({ plan }, ({ plan }) => plan.prices.length > 0).then(() =>
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ product_variants: plan.prices })),
      })
    )
    when({ plan }, ({ plan }) => plan.levelUpdates.length > 0).then(() =>
      updateInventoryLevelsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ updates: plan.levelUpdates })),
      })
    )
    when({ plan }, ({ plan }) => plan.levelCreates.length > 0).then(() =>
      createInventoryLevelsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => ({ inventory_levels: plan.levelCreates })),
      })
    )
    return new WorkflowResponse(plan)
  }
)
