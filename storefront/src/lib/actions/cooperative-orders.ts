"use server"

import { redirect } from "next/navigation"
import { z } from "zod"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { carrierCodes } from "@/modules/cooperative/lib/carriers"
import { portalPath } from "@/modules/cooperative/lib/paths"

import { type FormState } from "./cooperative-form-state"
import { formText } from "./form-fields"
import { backendProblem, memberWrite, type BackendProblem } from "./cooperative-requests"
import { fail } from "./result"

export type ShipErrorCode = "carrier" | "tracking_number" | Exclude<BackendProblem, "refused">
export type ShipFormState = FormState<
  undefined,
  ShipErrorCode,
  Record<string, string>,
  "carrier" | "tracking_number"
>

const Shipment = z.object({
  carrier: z.enum(carrierCodes, { error: "carrier" }),
  tracking_number: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{6,40}$/, "tracking_number"),
})

/** Ships every line of the order that is the cooperative's and still open, with carrier and tracking number. */
export async function shipOrder(
  order: { id: string; displayId: number },
  _previous: ShipFormState,
  form: FormData
): Promise<ShipFormState> {
  const values = { carrier: formText(form, "carrier"), tracking_number: formText(form, "tracking_number") }
  const parsed = Shipment.safeParse(values)
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [
        String(issue.path[0]),
        issue.message as "carrier" | "tracking_number",
      ])
    )
    const [first] = Object.entries(fields)
    return { ...fail(first?.[1] ?? "carrier", first?.[0]), fields, values }
  }
  try {
    await memberWrite(`/cooperative/orders/${encodeURIComponent(order.id)}/fulfillments`, {
      method: "POST",
      // The carrier is stored as buyers in China read it.
      body: {
        carrier: getMessages("zh-CN").portal.carriers[parsed.data.carrier],
        tracking_number: parsed.data.tracking_number,
      },
    })
  } catch (error) {
    const { problem, message } = backendProblem(error)
    if (problem !== "refused") return { ...fail(problem), values }
    return message.startsWith("tracking_number")
      ? { ...fail("tracking_number", "tracking_number"), values }
      : { ...fail("unexpected"), values }
  }
  const locale = formText(form, "locale")
  redirect(`${portalPath(isLocale(locale) ? locale : "zh-CN", "/orders")}?shipped=${order.displayId}`)
}
