import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reconcileAidLedger } from "../../../../../workflows/aid-ledger/reconcile-ledger"
import type { AdminReconcileLedgerType } from "../validators"

/** Compares orders with the ledger and writes what is missing; `since` limits it to orders changed since then. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReconcileLedgerType>,
  res: MedusaResponse
) => {
  const since = req.validatedBody?.since
  const result = await reconcileAidLedger(
    req.scope,
    since ? { since: new Date(`${since}T00:00:00+08:00`) } : {}
  )
  res.json(result)
}
