import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativeProductWorkflow } from "../../../workflows/cooperative-product"
import { memberScope } from "../member-scope"
import { memberProductFields } from "./fields"
import { memberProduct, toMemberProduct, type RawMemberProduct } from "./product-view"
import type { CooperativeCreateProductType } from "./validators"

/** The member's own listings, newest first, each variant with its stock at the cooperative's location. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const scope = await memberScope(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: memberProductFields.map((field) => `products.${field}`),
    filters: { id: scope.cooperative.id },
  })
  const products = ((data[0]?.products ?? []) as RawMemberProduct[])
    .map((product) => toMemberProduct(product, scope.cooperative.stock_location_id))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  res.json({ products, count: products.length })
}

/** A new listing for the member's cooperative, stocked at its own location. */
export const POST = async (
  req: AuthenticatedMedusaRequest<CooperativeCreateProductType>,
  res: MedusaResponse
) => {
  const scope = await memberScope(req)
  const { result: productId } = await createCooperativeProductWorkflow(req.scope).run({
    input: { cooperative_id: scope.cooperative.id, product: req.validatedBody },
  })
  res.status(201).json({ product: await memberProduct(req, scope, productId) })
}
