import { deleteCertificateWorkflow, updateCertificateWorkflow } from "../../../../../workflows/certificate"
import { aidItemRoutes } from "../../resource-routes"
import type { AdminUpdateCertificateType } from "../validators"

export const { GET, POST, DELETE } = aidItemRoutes<AdminUpdateCertificateType>(
  { entity: "certificate", key: "certificate" },
  (container, id, body) => updateCertificateWorkflow(container).run({ input: { id, ...body } }),
  (container, id) => deleteCertificateWorkflow(container).run({ input: { ids: [id] } })
)
