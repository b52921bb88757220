import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../../modules/aid"
import type AidModuleService from "../../../modules/aid/service"

type RegionLevel = "province" | "prefecture" | "county"
const parentLevel: Record<RegionLevel, RegionLevel | null> = {
  province: null,
  prefecture: "province",
  county: "prefecture",
}

export type RegionPlacement = { level: RegionLevel; parent_id?: string | null }

/** Keeps the tree honest: a county sits under a prefecture, a prefecture under a province. */
export const validateRegionTreeStep = createStep(
  "validate-region-tree",
  async (regions: RegionPlacement[], { container }) => {
    const service = container.resolve<AidModuleService>(AID_MODULE)
    const parentIds = regions.flatMap((region) => (region.parent_id ? [region.parent_id] : []))
    const parents = parentIds.length ? await service.listAidRegions({ id: parentIds }) : []
    const levelOf = new Map(parents.map((parent) => [parent.id, parent.level as RegionLevel]))
    for (const region of regions) {
      const expected = parentLevel[region.level]
      if (!expected && region.parent_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "parent_id: a province has no parent")
      }
      if (!expected) {
        continue
      }
      if (!region.parent_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `parent_id: a ${region.level} needs a ${expected} as parent`
        )
      }
      const actual = levelOf.get(region.parent_id)
      if (!actual) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `parent_id: aid region ${region.parent_id} was not found`
        )
      }
      if (actual !== expected) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `parent_id: a ${region.level} must sit under a ${expected}, not a ${actual}`
        )
      }
    }
    return new StepResponse(regions)
  }
)
