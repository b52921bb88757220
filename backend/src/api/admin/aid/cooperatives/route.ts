import { createCooperativesWorkflow } from "../../../../workflows/cooperative"
import { aidCollectionRoutes } from "../resource-routes"
import type { AdminCreateCooperativeType } from "./validators"

export const { GET, POST } = aidCollectionRoutes<AdminCreateCooperativeType>(
  { entity: "cooperative", key: "cooperative" },
  async (container, body) => {
    const { result } = await createCooperativesWorkflow(container).run({
      input: { cooperatives: [body] },
    })
    return result[0]
  }
)
