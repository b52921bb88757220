import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readImpact, sendImpactCsv } from "../impact/report"

/** The impact report as a CSV download, for Excel. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  sendImpactCsv(res, await readImpact(req))
}
