import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export type ShipCooperativeLinesInput = {
  order_id: string
  location_id: string
  member_id: string
  carrier: string
  tracking_number: string
  items: { id: string; quantity: number }[]
}

/** A cooperative ships its own lines of an order from its own location: one fulfillment, marked shipped. */
export const shipCooperativeLinesWorkflow = createWorkflow(
  "ship-cooperative-lines",
  (input: ShipCooperativeLinesInput) => {
    const labels = transform({ input }, ({ input }) => [
      { tracking_number: input.tracking_number, tracking_url: "", label_url: "" },
    ])
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, labels }, ({ input, labels }) => ({
        order_id: input.order_id,
        location_id: input.location_id,
        items: input.items,
        labels,
        created_by: input.member_id,
        metadata: { carrier: input.carrier, shipped_by: "cooperative" },
      })),
    })
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ input, labels, fulfillment }, ({ input, labels, fulfillment }) => ({
        order_id: input.order_id,
        fulfillment_id: fulfillment.id,
        items: input.items,
        labels,
        created_by: input.member_id,
      })),
    })
    return new WorkflowResponse(fulfillment)
  }
)
