import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../../../utils/shanghai-days"

export const AdminListLedgerParams = z
  .object({
    order_id: z.string().trim().min(1, "order_id must not be empty").optional(),
    kind: z
      .enum(["sale", "refund", "return", "cancel"], {
        message: "kind must be sale, refund, return or cancel",
      })
      .optional(),
    limit: z.coerce.number({ message: "limit must be a number" }).int().min(1).max(500).default(50),
    offset: z.coerce.number({ message: "offset must be a number" }).int().min(0).default(0),
  })
  .strict()
export type AdminListLedgerParamsType = z.infer<typeof AdminListLedgerParams>

export const AdminReconcileLedger = z
  .object({
    since: z.string().refine(isCalendarDay, "since must be a date written YYYY-MM-DD").optional(),
  })
  .strict()
export type AdminReconcileLedgerType = z.infer<typeof AdminReconcileLedger>
