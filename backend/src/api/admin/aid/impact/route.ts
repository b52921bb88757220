import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readImpact, sendImpactCsv, sendImpactJson } from "./report"
import type { AdminImpactParamsType } from "./validators"

/** Consumption-aid totals for staff, grouped as asked; `format=csv` answers the same rows as CSV. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const report = await readImpact(req)
  if ((req.validatedQuery as AdminImpactParamsType).format === "csv") {
    sendImpactCsv(res, report)
  } else {
    sendImpactJson(res, report)
  }
}
