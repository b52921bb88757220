import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { updateCooperativeVariantsWorkflow } from "../../../../../workflows/cooperative-product"
import { memberScope, ownProduct } from "../../../member-scope"
import { memberProduct } from "../../product-view"
import type { CooperativeUpdateInventoryType } from "../../validators"

/** Changes the yuan price and the stock at the cooperative's own location of the listing's variants. */
export const POST = async (
  req: AuthenticatedMedusaRequest<CooperativeUpdateInventoryType>,
  res: MedusaResponse
) => {
  const scope = await memberScope(req)
  const product = await ownProduct(req, scope, req.params.id ?? "", ["id", "variants.id"])
  const own = new Set(((product.variants ?? []) as { id: string }[]).map((variant) => variant.id))
  const foreign = req.validatedBody.variants.find((change) => !own.has(change.id))
  if (foreign) {
    // Another listing's variant looks like no variant at all.
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${foreign.id} was not found`)
  }
  if (!scope.cooperative.stock_location_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cooperative has no stock location to stock")
  }
  await updateCooperativeVariantsWorkflow(req.scope).run({
    input: {
      product_id: product.id as string,
      location_id: scope.cooperative.stock_location_id,
      variants: req.validatedBody.variants,
    },
  })
  res.json({ product: await memberProduct(req, scope, product.id as string) })
}
