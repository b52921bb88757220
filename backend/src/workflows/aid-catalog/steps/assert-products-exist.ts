import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AssertProductsInput = { ids: string[]; field?: string }

/** Products a request names must exist: a 404 (naming the field, when there is one) before anything is written. */
export const assertProductsExistStep = createStep(
  "assert-products-exist",
  async ({ ids, field }: AssertProductsInput, { container }) => {
    const wanted = [...new Set(ids.filter(Boolean))]
    if (!wanted.length) {
      return new StepResponse(wanted)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: wanted } })
    const found = new Set(data.map((product) => product.id))
    const missing = wanted.filter((id) => !found.has(id))
    if (missing.length) {
      const prefix = field ? `${field}: ` : ""
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `${prefix}product ${missing.join(", ")} was not found`
      )
    }
    return new StepResponse(wanted)
  }
)
