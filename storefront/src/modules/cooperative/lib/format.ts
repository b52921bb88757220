import type { Locale } from "@/i18n/config"

// Orders and the ledger's months are meant in China Standard Time, wherever the member's phone is set.
const TIME_ZONE = "Asia/Shanghai"

/** 2026年5月3日 14:05 / May 3, 2026, 2:05 PM */
export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: TIME_ZONE,
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(iso))
}

/** "2026-05" → 2026年5月 / May 2026 */
export function formatMonth(locale: Locale, month: string): string {
  const [year = "1970", monthNumber = "1"] = month.split("-")
  const date = new Date(Date.UTC(Number(year), Number(monthNumber) - 1, 15))
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "long" }).format(date)
}

/** This month in China as the ledger names it: "2026-05". */
export function currentMonth(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
  }).formatToParts(now)
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}`
}

/** Adds yuan amounts in fen, so 0.1 + 0.2 stays 0.3. */
export function sumYuan(amounts: number[]): number {
  return amounts.reduce((fen, amount) => fen + Math.round(amount * 100), 0) / 100
}
