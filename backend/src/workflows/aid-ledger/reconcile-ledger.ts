import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { syncOrderLedgerWorkflow } from "./sync-order-ledger"

export type ReconcileResult = { checked: number; repaired: number }

const PAGE = 100

/** Runs every (or every recently changed) order through the ledger sync; what it writes is what was missing. */
export async function reconcileAidLedger(
  container: MedusaContainer,
  options: { since?: Date } = {}
): Promise<ReconcileResult> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters = {
    is_draft_order: false,
    ...(options.since ? { updated_at: { $gte: options.since.toISOString() } } : {}),
  }
  const result: ReconcileResult = { checked: 0, repaired: 0 }
  for (let skip = 0; ; skip += PAGE) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id"],
      filters,
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    for (const order of orders) {
      const { result: synced } = await syncOrderLedgerWorkflow(container).run({
        input: { order_id: order.id },
      })
      result.checked += 1
      result.repaired += synced.written
    }
    if (orders.length < PAGE) return result
  }
}
