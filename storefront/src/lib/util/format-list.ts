import type { Locale } from "@/i18n/config"

/** "上海市长宁区、天津市西青区" / "Changning and Xiqing", as each language joins names. */
export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items)
}
