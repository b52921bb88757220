import { transform } from "@medusajs/framework/workflows-sdk"
import { aidDeleteWorkflow, aidUpdateWorkflow } from "../aid-catalog/crud-workflows"
import { assertCountiesStep } from "./steps/assert-counties"

export { createCooperativesWorkflow } from "./create-cooperatives"
export { assignProductsToCooperativeWorkflow } from "./assign-products"

// Moving a cooperative is allowed, but only to another county.
export const cooperativeWorkflows = {
  update: aidUpdateWorkflow("Cooperative", "cooperatives", [], (input) => {
    assertCountiesStep(
      transform({ input }, ({ input }) =>
        input.data.flatMap((record) =>
          "county_id" in record && typeof record.county_id === "string" ? [record.county_id] : []
        )
      )
    )
  }),
  remove: aidDeleteWorkflow("Cooperative", "cooperatives"),
}
