import { generateEntityId } from "@medusajs/framework/utils"
import type {
  AttributionSnapshot,
  ContributionKind,
  NewContribution,
} from "../../../modules/aid-ledger/types"
import { allocate, toMajor } from "../../../utils/money"
import type { Attributions, LedgerEntry, LedgerOrder, LedgerOrderItem } from "./types"

type Line = { item: LedgerOrderItem; saleId: string; snapshot: AttributionSnapshot }
type Planned = { entry: NewContribution; minor: number }
type Reversal = { line: Line; quantity: number; amount: number }

/**
 * The entries an order still lacks: a sale per aid line, then returns, a cancel and refunds as
 * negative entries. Pure and repeatable, so replays and reconciliation write only what is missing.
 */
export function planOrderContributions(
  order: LedgerOrder,
  existing: LedgerEntry[],
  attributions: Attributions
): NewContribution[] {
  const planned: Planned[] = []
  const entries = () => [...existing, ...planned.map(({ entry, minor }) => ({ ...entry, amount: minor }))]
  const lines: Line[] = []
  for (const item of order.items) {
    // A line already in the ledger keeps the attribution it was first recorded with.
    const snapshot =
      existing.find((entry) => entry.line_item_id === item.id) ?? attributionOf(item, attributions)
    if (!snapshot) continue // not a cooperative's product: not aid
    const sale = existing.find((entry) => entry.line_item_id === item.id && entry.kind === "sale")
    if (sale) {
      lines.push({ item, saleId: sale.id, snapshot })
      continue
    }
    const entry = newEntry(
      order,
      { item, snapshot, saleId: null },
      "sale",
      order.id,
      item.quantity,
      item.net,
      order.placed_at
    )
    planned.push({ entry, minor: item.net })
    lines.push({ item, saleId: entry.id, snapshot })
  }
  const remaining = (line: Line) => {
    const own = entries().filter((entry) => entry.line_item_id === line.item.id)
    return {
      quantity: own.reduce((sum, entry) => sum + entry.quantity, 0),
      amount: own.reduce((sum, entry) => sum + entry.amount, 0),
    }
  }
  const recorded = (kind: ContributionKind, sourceId: string) =>
    entries().some((entry) => entry.kind === kind && entry.source_id === sourceId)
  const write = (kind: ContributionKind, sourceId: string, at: string, reversals: Reversal[]) => {
    for (const { line, quantity, amount } of reversals) {
      if (quantity === 0 && amount === 0) continue
      const [units, money] = [quantity ? -quantity : 0, amount ? -amount : 0]
      planned.push({ entry: newEntry(order, line, kind, sourceId, units, money, at), minor: money })
    }
  }

  for (const orderReturn of order.returns) {
    if (recorded("return", orderReturn.id)) continue
    write(
      "return",
      orderReturn.id,
      orderReturn.received_at,
      returnReversals(lines, orderReturn.items, remaining)
    )
  }
  if (order.canceled_at && !recorded("cancel", order.id)) {
    write(
      "cancel",
      order.id,
      order.canceled_at,
      lines.map((line) => ({ line, ...remaining(line) }))
    )
  }
  let refunded = 0
  for (const refund of [...order.refunds].sort(
    (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at)
  )) {
    refunded += refund.amount
    if (recorded("refund", refund.id)) continue
    write(
      "refund",
      refund.id,
      refund.created_at,
      refundReversals(order, lines, entries(), refunded, remaining)
    )
  }
  return planned.map(({ entry }) => entry)
}

function attributionOf(item: LedgerOrderItem, attributions: Attributions): AttributionSnapshot | undefined {
  return item.product_id ? attributions[item.product_id] : undefined
}

function returnReversals(
  lines: Line[],
  returned: { item_id: string; quantity: number }[],
  remaining: (line: Line) => { quantity: number; amount: number }
): Reversal[] {
  return lines.flatMap((line) => {
    const count = returned.filter((r) => r.item_id === line.item.id).reduce((sum, r) => sum + r.quantity, 0)
    const left = remaining(line)
    const quantity = Math.min(count, left.quantity)
    if (quantity <= 0 || line.item.quantity <= 0) return []
    // The returned units' share of the line, never more than what is left of it.
    const amount = Math.min(
      allocate(line.item.net, [quantity, line.item.quantity - quantity])[0] ?? 0,
      left.amount
    )
    return [{ line, quantity, amount }]
  })
}

function refundReversals(
  order: LedgerOrder,
  lines: Line[],
  entries: { kind: ContributionKind; amount: number }[],
  refundedSoFar: number,
  remaining: (line: Line) => { quantity: number; amount: number }
): Reversal[] {
  const allNet = order.items.reduce((sum, item) => sum + item.net, 0)
  const aidNet = lines.reduce((sum, line) => sum + line.item.net, 0)
  // The aid lines' share of the money refunded so far, less what returns, the cancel and earlier refunds reversed.
  const aidRefunded = Math.min(allocate(refundedSoFar, [aidNet, allNet - aidNet])[0] ?? 0, aidNet)
  const reversed = -entries
    .filter((entry) => entry.kind !== "sale")
    .reduce((sum, entry) => sum + entry.amount, 0)
  const due = aidRefunded - reversed
  if (due <= 0) return []
  const left = lines.map((line) => Math.max(remaining(line).amount, 0))
  const shares = allocate(
    Math.min(
      due,
      left.reduce((a, b) => a + b, 0)
    ),
    left
  )
  return lines.map((line, index) => ({
    line,
    quantity: 0,
    amount: Math.min(shares[index] ?? 0, left[index] ?? 0),
  }))
}

function newEntry(
  order: LedgerOrder,
  { item, snapshot, saleId }: { item: LedgerOrderItem; snapshot: AttributionSnapshot; saleId: string | null },
  kind: ContributionKind,
  sourceId: string,
  quantity: number,
  amount: number,
  at: string
): NewContribution {
  return {
    id: generateEntityId(undefined, "aidc"),
    cooperative_id: snapshot.cooperative_id,
    cooperative_name: snapshot.cooperative_name,
    households: snapshot.households,
    county_id: snapshot.county_id,
    county_name: snapshot.county_name,
    prefecture_id: snapshot.prefecture_id,
    prefecture_name: snapshot.prefecture_name,
    province_id: snapshot.province_id,
    province_name: snapshot.province_name,
    pairings: snapshot.pairings,
    certified: snapshot.certified,
    certificate_number: snapshot.certificate_number,
    kind,
    source_id: sourceId,
    order_id: order.id,
    line_item_id: item.id,
    sale_entry_id: saleId,
    customer_id: order.customer_id,
    product_id: item.product_id ?? "",
    product_title: item.product_title,
    variant_id: item.variant_id,
    variant_title: item.variant_title,
    quantity,
    currency_code: order.currency_code,
    amount: toMajor(amount, order.digits),
    occurred_at: at,
  }
}
