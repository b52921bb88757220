import type { Locale } from "../config"
import { en } from "./en"
import { zhCN } from "./zh-CN"

/** zh-CN is the reference; `en` is typed against it, so a missing or extra key fails the type check. */
export type Messages = typeof zhCN

const catalogues: Record<Locale, Messages> = {
  "zh-CN": zhCN,
  en,
}

export function getMessages(locale: Locale): Messages {
  return catalogues[locale]
}
