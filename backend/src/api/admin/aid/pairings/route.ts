import { pairingWorkflows } from "../../../../workflows/aid-catalog/crud-workflows"
import { aidCollectionRoutes } from "../resource-routes"
import type { AdminCreatePairingType } from "./validators"

export const { GET, POST } = aidCollectionRoutes<AdminCreatePairingType>(
  { entity: "pairing", key: "pairing" },
  async (container, body) => {
    const { result } = await pairingWorkflows.create(container).run({ input: { data: [body] } })
    return result[0]
  }
)
