import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { appendContributionsStep } from "./steps/append-contributions"
import { loadAttributionsStep } from "./steps/load-attributions"
import { loadLedgerEntriesStep } from "./steps/load-ledger-entries"
import { loadLedgerOrderStep } from "./steps/load-ledger-order"
import { planOrderContributions } from "./plan/plan-order"

export type SyncOrderLedgerInput = { order_id: string }

/**
 * Brings one order's ledger up to date: sales for its aid lines, then returns, cancel and refunds.
 * Every event handler and the reconciliation run this same workflow, so all of them write only what is missing.
 */
export const syncOrderLedgerWorkflow = createWorkflow(
  "sync-order-aid-ledger",
  (input: SyncOrderLedgerInput) => {
    const lockKey = transform({ input }, ({ input }) => `aid-ledger:${input.order_id}`)
    // One writer per order at a time, so two reversals never both take the same remaining amount.
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
    const order = loadLedgerOrderStep(input)
    const existing = loadLedgerEntriesStep(input)
    const newProducts = transform({ order, existing }, ({ order, existing }) => ({
      product_ids: [
        ...new Set(
          order.items
            .filter((item) => item.product_id && !existing.some((entry) => entry.line_item_id === item.id))
            .map((item) => item.product_id as string)
        ),
      ],
      at: order.placed_at,
    }))
    const attributions = loadAttributionsStep(newProducts)
    const planned = transform({ order, existing, attributions }, ({ order, existing, attributions }) =>
      planOrderContributions(order, existing, attributions)
    )
    const inserted = appendContributionsStep(planned)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(transform({ inserted }, ({ inserted }) => ({ written: inserted.length })))
  }
)
