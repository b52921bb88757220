import { cooperativeWorkflows } from "../../../../../workflows/cooperative"
import { aidItemRoutes } from "../../resource-routes"
import type { AdminUpdateCooperativeType } from "../validators"

export const { GET, POST, DELETE } = aidItemRoutes<AdminUpdateCooperativeType>(
  { entity: "cooperative", key: "cooperative" },
  (container, id, body) => cooperativeWorkflows.update(container).run({ input: { data: [{ id, ...body }] } }),
  (container, id) => cooperativeWorkflows.remove(container).run({ input: { ids: [id] } })
)
