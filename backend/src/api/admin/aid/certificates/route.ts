import { createCertificateWorkflow } from "../../../../workflows/certificate"
import { aidCollectionRoutes } from "../resource-routes"
import type { AdminCreateCertificateType } from "./validators"

export const { GET, POST } = aidCollectionRoutes<AdminCreateCertificateType>(
  { entity: "certificate", key: "certificate" },
  async (container, body) => {
    const { result } = await createCertificateWorkflow(container).run({
      input: body,
    })
    return result
  }
)
