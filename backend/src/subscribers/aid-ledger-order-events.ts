import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { syncOrderLedgerWorkflow } from "../workflows/aid-ledger/sync-order-ledger"

type OrderEvent = { id?: string; order_id?: string }

/** Order placed, canceled or a return received: bring that order's aid ledger up to date. */
export default async function aidLedgerOrderEvents({ event, container }: SubscriberArgs<OrderEvent>) {
  const orderId = event.data.order_id ?? event.data.id
  if (orderId) {
    await syncOrderLedgerWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.PLACED, OrderWorkflowEvents.CANCELED, OrderWorkflowEvents.RETURN_RECEIVED],
  context: { subscriberId: "aid-ledger-order-events" },
}
