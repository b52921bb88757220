import { aidRegionWorkflows } from "../../../../workflows/aid-catalog/crud-workflows"
import { aidCollectionRoutes } from "../resource-routes"
import type { AdminCreateAidRegionType } from "./validators"

export const { GET, POST } = aidCollectionRoutes<AdminCreateAidRegionType>(
  { entity: "aid_region", key: "region" },
  async (container, body) => {
    const { result } = await aidRegionWorkflows.create(container).run({ input: { data: [body] } })
    return result[0]
  }
)
