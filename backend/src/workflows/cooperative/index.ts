import { aidUpdateDeleteWorkflows } from "../aid-catalog/crud-workflows"

export { createCooperativesWorkflow } from "./create-cooperatives"
export { assignProductsToCooperativeWorkflow } from "./assign-products"

// Updating and deleting a cooperative has no rules beyond the shared ones.
export const cooperativeWorkflows = aidUpdateDeleteWorkflows("Cooperative", "cooperatives", [
  { field: "county_id", entity: "AidRegion" },
])
