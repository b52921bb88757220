import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AidEntity } from "./aid-records"

type Dependents = {
  entity: string
  fields: string[]
  describe: (record: Record<string, unknown>) => string[]
}

const count = (value: unknown) => (Array.isArray(value) ? value.filter(Boolean).length : 0)

const dependents: Partial<Record<AidEntity, Dependents>> = {
  AidRegion: {
    entity: "aid_region",
    fields: ["id", "children.id", "cooperatives.id", "pairings.id"],
    describe: (region) => [
      count(region.children) ? `${count(region.children)} child regions` : "",
      count(region.cooperatives) ? `${count(region.cooperatives)} cooperatives` : "",
      count(region.pairings) ? `${count(region.pairings)} pairings` : "",
    ],
  },
  DonorDistrict: {
    entity: "donor_district",
    fields: ["id", "pairings.id"],
    describe: (donor) => [count(donor.pairings) ? `${count(donor.pairings)} pairings` : ""],
  },
  Cooperative: {
    entity: "cooperative",
    fields: ["id", "products.id"],
    describe: (cooperative) => [count(cooperative.products) ? `${count(cooperative.products)} products` : ""],
  },
}

/** Deleting a record that others still point at would orphan them: refuse (400 not_allowed, saying why). */
export const assertAidRecordsUnusedStep = createStep(
  "assert-aid-records-unused",
  async ({ entity, ids }: { entity: AidEntity; ids: string[] }, { container }) => {
    const rule = dependents[entity]
    if (!rule) {
      return new StepResponse(ids)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: rule.entity,
      fields: rule.fields,
      filters: { id: ids },
    })
    for (const record of data as Record<string, unknown>[]) {
      const reasons = rule.describe(record).filter(Boolean)
      if (reasons.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${String(record.id)} is still used by ${reasons.join(", ")}; remove those first`
        )
      }
    }
    return new StepResponse(ids)
  }
)
