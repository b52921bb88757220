import { donorDistrictWorkflows } from "../../../../../workflows/aid-catalog/crud-workflows"
import { aidItemRoutes } from "../../resource-routes"
import type { AdminUpdateDonorDistrictType } from "../validators"

export const { GET, POST, DELETE } = aidItemRoutes<AdminUpdateDonorDistrictType>(
  { entity: "donor_district", key: "donor" },
  (container, id, body) =>
    donorDistrictWorkflows.update(container).run({ input: { data: [{ id, ...body }] } }),
  (container, id) => donorDistrictWorkflows.remove(container).run({ input: { ids: [id] } })
)
