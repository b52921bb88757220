import { donorDistrictWorkflows } from "../../../../workflows/aid-catalog/crud-workflows"
import { aidCollectionRoutes } from "../resource-routes"
import type { AdminCreateDonorDistrictType } from "./validators"

export const { GET, POST } = aidCollectionRoutes<AdminCreateDonorDistrictType>(
  { entity: "donor_district", key: "donor" },
  async (container, body) => {
    const { result } = await donorDistrictWorkflows.create(container).run({ input: { data: [body] } })
    return result[0]
  }
)
