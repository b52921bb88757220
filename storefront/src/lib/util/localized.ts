import type { Locale } from "@/i18n/config"

/** The English name in /en when the backend has one; Chinese otherwise (it always has that). */
export function localized(locale: Locale, chinese: string, english: string | null | undefined): string {
  return locale === "en" && english ? english : chinese
}
