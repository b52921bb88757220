import type { Messages } from "@/i18n/messages"

type StatusWords = Messages["account"]["status"]

/** The one status a buyer cares about: canceled, else where the parcel is, else the order's own status. */
export function orderStatusLabel(
  order: { status?: string | null; fulfillment_status?: string | null },
  words: StatusWords
): string {
  const pick = (key: string | null | undefined) =>
    key && key in words ? words[key as keyof StatusWords] : undefined
  if (order.status === "canceled") return words.canceled
  return pick(order.fulfillment_status) ?? pick(order.status) ?? words.pending
}

/** Dates as a buyer in China reads them, whatever the server's own time zone. */
export function formatOrderDate(value: string | Date | null | undefined, locale: string): string {
  if (!value) return ""
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "short",
    day: "numeric",
  }).format(new Date(value))
}
