import { model } from "@medusajs/framework/utils"
import type { PairingSnapshot } from "../types"

/** 消费帮扶台账条目: one append-only ledger line, with the attribution frozen at sale time. */
export const Contribution = model
  .define(
    { name: "Contribution", tableName: "aid_contribution" },
    {
      id: model.id({ prefix: "aidc" }).primaryKey(),
      kind: model.enum(["sale", "refund", "return", "cancel"]),
      // The event that caused the entry: the order for sale/cancel, the refund or the return otherwise.
      source_id: model.text(),
      order_id: model.text(),
      line_item_id: model.text(),
      sale_entry_id: model.text().nullable(),
      customer_id: model.text().nullable(),
      product_id: model.text(),
      product_title: model.text(),
      variant_id: model.text().nullable(),
      variant_title: model.text().nullable(),
      // Signed: sales positive, reversals negative.
      quantity: model.number(),
      currency_code: model.text(),
      amount: model.bigNumber(),
      occurred_at: model.dateTime(),
      cooperative_id: model.text(),
      cooperative_name: model.text(),
      households: model.number().default(0),
      county_id: model.text(),
      county_name: model.text(),
      prefecture_id: model.text().nullable(),
      prefecture_name: model.text().nullable(),
      province_id: model.text().nullable(),
      province_name: model.text().nullable(),
      pairings: model.json<PairingSnapshot[]>(),
      certified: model.boolean().default(false),
      certificate_number: model.text().nullable(),
    }
  )
  .indexes([
    { on: ["line_item_id", "kind", "source_id"], unique: true },
    { on: ["order_id"] },
    { on: ["occurred_at"] },
    { on: ["customer_id"] },
  ])
