import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { attribute, type AttributedProduct, type Pairing, type Region } from "../plan/attribute"
import type { Attributions } from "../plan/types"

/** The current attribution of each product, to be frozen into the sale entries written now. */
export const loadAttributionsStep = createStep(
  "load-aid-attributions",
  async (input: { product_ids: string[]; at: string }, { container }) => {
    if (!input.product_ids.length) {
      return new StepResponse({} as Attributions)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [products, regions, pairings] = await Promise.all([
      query.graph({
        entity: "product",
        fields: [
          "id",
          "cooperative.id",
          "cooperative.name",
          "cooperative.households",
          "cooperative.county_id",
          "certificate.number",
          "certificate.valid_from",
          "certificate.valid_to",
        ],
        filters: { id: input.product_ids },
      }),
      query.graph({ entity: "aid_region", fields: ["id", "parent_id", "level", "name"] }),
      query.graph({ entity: "pairing", fields: ["id", "since_year", "region_id", "donor.id", "donor.name"] }),
    ])
    const attributions: Attributions = {}
    for (const product of products.data as unknown as AttributedProduct[]) {
      const snapshot = attribute(
        product,
        regions.data as Region[],
        pairings.data as unknown as Pairing[],
        input.at
      )
      if (snapshot) attributions[product.id] = snapshot
    }
    return new StepResponse(attributions)
  }
)
