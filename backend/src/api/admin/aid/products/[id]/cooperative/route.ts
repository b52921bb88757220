import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { assignProductsToCooperativeWorkflow } from "../../../../../../workflows/cooperative"
import type { AdminSetProductCooperativeType } from "./validators"

/** Sets (or clears, with null) the cooperative that sells a product. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSetProductCooperativeType>,
  res: MedusaResponse
) => {
  const productId = req.params.id ?? ""
  await assignProductsToCooperativeWorkflow(req.scope).run({
    input: {
      product_ids: [productId],
      cooperative_id: req.validatedBody.cooperative_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "cooperative.id", "cooperative.name", "cooperative.county.name"],
    filters: { id: productId },
  })
  res.json({ product: data[0] })
}
