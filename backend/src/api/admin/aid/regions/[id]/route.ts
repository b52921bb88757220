import { aidRegionWorkflows } from "../../../../../workflows/aid-catalog/crud-workflows"
import { aidItemRoutes } from "../../resource-routes"
import type { AdminUpdateAidRegionType } from "../validators"

export const { GET, POST, DELETE } = aidItemRoutes<AdminUpdateAidRegionType>(
  { entity: "aid_region", key: "region" },
  (container, id, body) => aidRegionWorkflows.update(container).run({ input: { data: [{ id, ...body }] } }),
  (container, id) => aidRegionWorkflows.remove(container).run({ input: { ids: [id] } })
)
