import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A certificate may only name a product that exists. */
export const assertProductStep = createStep(
  "assert-certified-product",
  async (productId: string | null | undefined, { container }) => {
    if (!productId) {
      return new StepResponse(null)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id"],
      filters: { id: productId },
    })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `product_id: product ${productId} was not found`)
    }
    return new StepResponse(productId)
  }
)
