import { createRemoteLinkStep, dismissRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../modules/aid"
import { assertProductsExistStep } from "../aid-catalog/steps/assert-products-exist"
import { assertAidRecordsExistStep } from "../aid-catalog/steps/validate-aid-records"

export type AssignProductsInput = {
  product_ids: string[]
  cooperative_id: string | null
}

/** Sets which cooperative sells the given products (null: not an aid product any more). */
export const assignProductsToCooperativeWorkflow = createWorkflow(
  "assign-products-to-cooperative",
  (input: AssignProductsInput) => {
    when({ input }, ({ input }) => !!input.cooperative_id).then(() => {
      assertAidRecordsExistStep(
        transform({ input }, ({ input }) => ({
          entity: "Cooperative" as const,
          ids: [input.cooperative_id ?? ""],
        }))
      )
    })
    assertProductsExistStep(transform({ input }, ({ input }) => ({ ids: input.product_ids })))
    const { data: products } = useQueryGraphStep({
      entity: "product",
      fields: ["id", "cooperative.id"],
      filters: { id: input.product_ids },
    })
    // Each product has at most one cooperative: drop only that link, never the product's others.
    dismissRemoteLinkStep(
      transform({ products }, ({ products }) =>
        products.flatMap((product) =>
          product.cooperative?.id
            ? [
                {
                  [Modules.PRODUCT]: { product_id: product.id },
                  [AID_MODULE]: { cooperative_id: product.cooperative.id },
                },
              ]
            : []
        )
      )
    )
    when({ input }, ({ input }) => !!input.cooperative_id).then(() => {
      createRemoteLinkStep(
        transform({ input }, ({ input }) =>
          input.product_ids.map((productId) => ({
            [Modules.PRODUCT]: { product_id: productId },
            [AID_MODULE]: { cooperative_id: input.cooperative_id },
          }))
        )
      )
    })
    return new WorkflowResponse(input)
  }
)
