import { z } from "@medusajs/framework/zod"

export const CooperativeListOrders = z
  .object({
    status: z.enum(["to_ship", "shipped"], { message: "status must be to_ship or shipped" }).optional(),
  })
  .strict()
export type CooperativeListOrdersType = z.infer<typeof CooperativeListOrders>

export const CooperativeShipLines = z
  .object({
    carrier: z.string().trim().min(1, "carrier must not be empty").max(60),
    tracking_number: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{6,40}$/, "tracking_number must be 6-40 letters, digits or dashes"),
    items: z
      .array(
        z
          .object({
            id: z.string().min(1, "items id must not be empty"),
            quantity: z.number({ message: "items quantity must be a number" }).int().positive(),
          })
          .strict()
      )
      .min(1, "items must list at least one line")
      .optional(),
  })
  .strict()
export type CooperativeShipLinesType = z.infer<typeof CooperativeShipLines>
