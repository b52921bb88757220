import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { AID_LEDGER_MODULE } from "../../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../../modules/aid-ledger/service"
import type { AdminListLedgerParamsType } from "./validators"

/** Ledger entries, newest first; `order_id` narrows them to one order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { order_id, kind, limit, offset } = req.validatedQuery as AdminListLedgerParamsType
  const ledger = req.scope.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
  const [contributions, count] = await ledger.listAndCountContributions(
    { ...(order_id ? { order_id } : {}), ...(kind ? { kind } : {}) },
    { take: limit, skip: offset, order: { occurred_at: "DESC", kind: "ASC" } }
  )
  res.json({
    contributions: contributions.map((entry) => ({
      ...entry,
      amount: Number(entry.amount),
      raw_amount: undefined,
    })),
    count,
    limit,
    offset,
  })
}
