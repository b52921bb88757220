import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../modules/aid"
import { createAidRecordsStep } from "../aid-catalog/steps/create-aid-records"
import { assertCountiesStep } from "./steps/assert-counties"

export type CooperativeInput = {
  handle: string
  name: string
  name_en: string
  county_id: string
  story?: string | null
  story_en?: string | null
  households?: number
  contact_name?: string | null
  contact_phone?: string | null
  contact_email?: string | null
  logo_url?: string | null
}

/** A cooperative ships from its own stock location, sold through the store's default channel. */
export const createCooperativesWorkflow = createWorkflow(
  "create-cooperatives",
  (input: { cooperatives: CooperativeInput[] }) => {
    assertCountiesStep(transform({ input }, ({ input }) => input.cooperatives.map((c) => c.county_id)))
    const cooperatives = createAidRecordsStep(
      transform({ input }, ({ input }) => ({
        entity: "Cooperative" as const,
        data: input.cooperatives,
      }))
    )
    const locations = createStockLocationsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        locations: input.cooperatives.map((cooperative) => ({
          name: `${cooperative.name} 仓库`,
          metadata: { cooperative_handle: cooperative.handle },
        })),
      })),
    })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["default_sales_channel_id"],
    })
    createRemoteLinkStep(
      transform({ cooperatives, locations, stores }, ({ cooperatives, locations, stores }) => {
        const salesChannelId = stores[0]?.default_sales_channel_id
        return cooperatives.flatMap((cooperative, index) => {
          const location = {
            [Modules.STOCK_LOCATION]: {
              stock_location_id: locations[index]?.id,
            },
          }
          return [
            { [AID_MODULE]: { cooperative_id: cooperative.id }, ...location },
            {
              ...location,
              [Modules.FULFILLMENT]: {
                fulfillment_provider_id: "manual_manual",
              },
            },
            ...(salesChannelId
              ? [
                  {
                    [Modules.SALES_CHANNEL]: {
                      sales_channel_id: salesChannelId,
                    },
                    ...location,
                  },
                ]
              : []),
          ]
        })
      })
    )
    return new WorkflowResponse(cooperatives)
  }
)
