import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteProductsWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { memberScope, ownProduct } from "../../member-scope"
import { memberProduct } from "../product-view"
import type { CooperativeUpdateProductType } from "../validators"

/** One of the member's own listings; another cooperative's is a 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ product: await memberProduct(req, await memberScope(req), req.params.id ?? "") })
}

/** Changes the listing's text, pictures or status (draft unpublishes it). */
export const POST = async (
  req: AuthenticatedMedusaRequest<CooperativeUpdateProductType>,
  res: MedusaResponse
) => {
  const scope = await memberScope(req)
  const current = await ownProduct(req, scope, req.params.id ?? "", ["id", "metadata"])
  const { title_en, description_en, images, ...update } = req.validatedBody
  const metadata = {
    ...(current.metadata as Record<string, unknown> | null),
    ...(title_en !== undefined ? { title_en } : {}),
    ...(description_en !== undefined ? { description_en } : {}),
  }
  // The first picture is the one the shop's product cards show.
  const pictures = images ? { images: images.map((url) => ({ url })), thumbnail: images[0] ?? null } : {}
  await updateProductsWorkflow(req.scope).run({
    input: { selector: { id: current.id as string }, update: { ...update, ...pictures, metadata } },
  })
  res.json({ product: await memberProduct(req, scope, req.params.id ?? "") })
}

/** Removes the listing; orders already placed keep their lines and the ledger keeps its entries. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const current = await ownProduct(req, await memberScope(req), req.params.id ?? "", ["id"])
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [current.id as string] } })
  res.json({ id: current.id, object: "product", deleted: true })
}
