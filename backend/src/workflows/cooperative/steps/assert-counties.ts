import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../../modules/aid"
import type AidModuleService from "../../../modules/aid/service"

/** A cooperative lives in a county, not in a province or prefecture. */
export const assertCountiesStep = createStep(
  "assert-counties",
  async (countyIds: string[], { container }) => {
    const service = container.resolve<AidModuleService>(AID_MODULE)
    const unique = [...new Set(countyIds)]
    if (!unique.length) {
      return new StepResponse(unique)
    }
    const regions = await service.listAidRegions({ id: unique })
    for (const id of unique) {
      const region = regions.find((candidate) => candidate.id === id)
      if (!region) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `county_id: aid region ${id} was not found`)
      }
      if (region.level !== "county") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `county_id: ${region.name} is a ${region.level}; a cooperative belongs to a county`
        )
      }
    }
    return new StepResponse(unique)
  }
)
