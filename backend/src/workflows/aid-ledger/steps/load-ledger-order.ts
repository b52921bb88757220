import type { BigNumberInput } from "@medusajs/framework/types"
import {
  BigNumber,
  ContainerRegistrationKeys,
  getLineItemTotals,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { minorDigits, toMinor } from "../../../utils/money"
import type { LedgerOrder } from "../plan/types"

type RawDate = Date | string
type RawItem = {
  id: string
  product_id: string | null
  product_title: string | null
  title: string
  variant_id: string | null
  variant_title: string | null
  quantity: BigNumberInput
  unit_price: BigNumberInput
  is_tax_inclusive: boolean
  tax_lines?: { rate: number }[]
  adjustments?: { amount: BigNumber; is_tax_inclusive: boolean }[]
}
type RawReturn = {
  id: string
  received_at: RawDate | null
  items?: { item_id: string; received_quantity: BigNumberInput }[]
}
type RawRefund = { id: string; amount: BigNumberInput; created_at: RawDate }
type RawOrder = {
  id: string
  currency_code: string
  customer_id: string | null
  created_at: RawDate
  canceled_at: RawDate | null
  items: RawItem[]
  returns?: RawReturn[]
  payment_collections?: { payments?: { refunds?: RawRefund[] }[] }[]
}

export const ledgerOrderFields = [
  "id",
  "currency_code",
  "customer_id",
  "created_at",
  "canceled_at",
  "items.*",
  "items.tax_lines.rate",
  "items.adjustments.amount",
  "items.adjustments.is_tax_inclusive",
  "returns.id",
  "returns.received_at",
  // Named one by one, a return item's received_quantity comes back empty; the whole item carries it.
  "returns.items.*",
  "payment_collections.payments.refunds.id",
  "payment_collections.payments.refunds.amount",
  "payment_collections.payments.refunds.created_at",
]

const iso = (value: RawDate) => new Date(value).toISOString()

/** Reads an order with what the ledger needs: lines net of discounts, received returns and refunds. */
export const loadLedgerOrderStep = createStep(
  "load-ledger-order",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ledgerOrderFields,
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as RawOrder | undefined
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found`)
    }
    return new StepResponse(toLedgerOrder(order))
  }
)

function toLedgerOrder(order: RawOrder): LedgerOrder {
  const digits = minorDigits(order.currency_code)
  return {
    id: order.id,
    currency_code: order.currency_code,
    digits,
    customer_id: order.customer_id,
    placed_at: iso(order.created_at),
    canceled_at: order.canceled_at ? iso(order.canceled_at) : null,
    items: order.items.map((item) => {
      // Totals of the whole line as sold: without its `detail`, later returns do not shrink it.
      const totals = getLineItemTotals(
        {
          id: item.id,
          unit_price: new BigNumber(item.unit_price),
          quantity: new BigNumber(item.quantity),
          is_tax_inclusive: item.is_tax_inclusive,
          tax_lines: item.tax_lines,
          adjustments: item.adjustments,
        },
        { includeTax: false }
      )
      return {
        id: item.id,
        product_id: item.product_id,
        product_title: item.product_title ?? item.title,
        variant_id: item.variant_id,
        variant_title: item.variant_title,
        quantity: Number(item.quantity),
        net: toMinor(totals.subtotal, digits) - toMinor(totals.discount_subtotal, digits),
      }
    }),
    returns: (order.returns ?? [])
      .filter((orderReturn) => orderReturn.received_at)
      .map((orderReturn) => ({
        id: orderReturn.id,
        received_at: iso(orderReturn.received_at!),
        items: (orderReturn.items ?? []).map((item) => ({
          item_id: item.item_id,
          quantity: Number(item.received_quantity),
        })),
      })),
    refunds: (order.payment_collections ?? [])
      .flatMap((collection) => collection.payments ?? [])
      .flatMap((payment) => payment.refunds ?? [])
      .map((refund) => ({
        id: refund.id,
        amount: toMinor(refund.amount, digits),
        created_at: iso(refund.created_at),
      })),
  }
}
