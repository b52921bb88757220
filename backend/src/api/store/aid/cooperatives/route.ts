import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAidRecords } from "../../../utils/aid-query"
import { withPlace } from "./place"

/** Cooperatives with the county, prefecture and province they are in. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { data, count, offset, limit } = await listAidRecords(req, "cooperative")
  res.json({ cooperatives: await withPlace(req, data), count, offset, limit })
}
