import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { memberScope } from "../member-scope"

/** Who is signed in, and for which cooperative. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await memberScope(req))
}
