import { locale as rootLocale } from "next/root-params"

import { defaultLocale, isLocale, type Locale } from "./config"

/** The locale of the current request, for server files that get no params (loading, not-found). */
export async function getRequestLocale(): Promise<Locale> {
  const value = await rootLocale()
  return value && isLocale(value) ? value : defaultLocale
}
