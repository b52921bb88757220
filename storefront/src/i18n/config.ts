export const locales = ["zh-CN", "en"] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = "zh-CN"

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

/** Each locale's name written in its own language, for the language switch. */
export const localeNames: Record<Locale, string> = {
  "zh-CN": "中文",
  en: "English",
}

/** Open Graph wants underscores (zh_CN), BCP 47 uses hyphens. */
export const openGraphLocales: Record<Locale, string> = {
  "zh-CN": "zh_CN",
  en: "en_US",
}
