import type { Locale } from "../config"
import { en } from "./en"
import { zhCN } from "./zh-CN"

/** zh-CN is the reference; each `en/<domain>.ts` is typed against its zh-CN file, so a missing key fails. */
export type Messages = typeof zhCN

const catalogues: Record<Locale, Messages> = {
  "zh-CN": zhCN,
  en,
}

export function getMessages(locale: Locale): Messages {
  return catalogues[locale]
}
