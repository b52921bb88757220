import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { syncOrderLedgerWorkflow } from "../workflows/aid-ledger/sync-order-ledger"

type PaymentWithOrder = { payment_collection?: { order?: { id: string } | null } | null }

/** Money went back to a buyer: write the refund's negative entries on the order it belongs to. */
export default async function aidLedgerPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as PaymentWithOrder | undefined)?.payment_collection?.order?.id
  if (orderId) {
    await syncOrderLedgerWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "aid-ledger-payment-refunded" },
}
