import { z } from "@medusajs/framework/zod"
import { IMPACT_GROUPS } from "../../../../modules/aid-ledger/types"
import { isCalendarDay, shanghaiToday } from "../../../utils/shanghai-days"

// Medusa prints only the message for format errors, so each message names its field.
const day = (field: string) =>
  z.string().refine(isCalendarDay, `${field} must be a date written YYYY-MM-DD`).optional()

const flag = (field: string) =>
  z
    .enum(["true", "false", "1", "0"], { message: `${field} must be true or false` })
    .optional()
    .transform((value) => value === "true" || value === "1")

export const AdminImpactParams = z
  .object({
    group_by: z
      .enum(IMPACT_GROUPS, { message: `group_by must be one of ${IMPACT_GROUPS.join(", ")}` })
      .default("county"),
    from: day("from"),
    to: day("to"),
    certified_only: flag("certified_only"),
    format: z.enum(["json", "csv"], { message: "format must be json or csv" }).default("json"),
  })
  .strict()
  .transform((query) => {
    const to = query.to ?? shanghaiToday()
    return { ...query, to, from: query.from ?? `${to.slice(0, 4)}-01-01` }
  })
  .refine((query) => query.from <= query.to, { message: "from must not be after to", path: ["from"] })
export type AdminImpactParamsType = z.infer<typeof AdminImpactParams>
