import { pairingWorkflows } from "../../../../../workflows/aid-catalog/crud-workflows"
import { aidItemRoutes } from "../../resource-routes"
import type { AdminUpdatePairingType } from "../validators"

export const { GET, POST, DELETE } = aidItemRoutes<AdminUpdatePairingType>(
  { entity: "pairing", key: "pairing" },
  (container, id, body) => pairingWorkflows.update(container).run({ input: { data: [{ id, ...body }] } }),
  (container, id) => pairingWorkflows.remove(container).run({ input: { ids: [id] } })
)
