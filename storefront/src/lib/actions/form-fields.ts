import { defaultLocale, isLocale, type Locale } from "@/i18n/config"

/** FormData's text value of `name` ("" when missing or a file). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name)
  return typeof value === "string" ? value : ""
}

/** The page's locale, sent in a hidden `locale` field; the default one when missing or unknown. */
export function formLocale(form: FormData): Locale {
  const locale = formText(form, "locale")
  return isLocale(locale) ? locale : defaultLocale
}
