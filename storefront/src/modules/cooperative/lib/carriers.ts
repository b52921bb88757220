import type { portal } from "@/i18n/messages/zh-CN/portal"

/** The carriers a member can pick; the catalogue's portal.carriers words them in each language. */
export type CarrierCode = keyof (typeof portal)["portal"]["carriers"]

export const carrierCodes = [
  "sf",
  "ems",
  "jd",
  "zto",
  "yto",
  "sto",
  "yunda",
] as const satisfies readonly CarrierCode[]
