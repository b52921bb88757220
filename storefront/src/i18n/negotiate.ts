import { defaultLocale, isLocale, locales, type Locale } from "./config"

type WeightedTag = { tag: string; quality: number; order: number }

function parseAcceptLanguage(header: string): WeightedTag[] {
  return header
    .split(",")
    .map((part, order) => {
      const [rawTag = "", ...params] = part.trim().split(";")
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="))
      const quality = qParam === undefined ? 1 : Number(qParam.slice(2))
      return { tag: rawTag.trim().toLowerCase(), quality, order }
    })
    .filter((entry) => entry.tag !== "" && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order)
}

/** Maps any language tag to a supported locale: exact match first, then by language (zh-TW → zh-CN, en-GB → en). */
export function matchLocale(tag: string): Locale | null {
  const lower = tag.toLowerCase()
  const exact = locales.find((locale) => locale.toLowerCase() === lower)
  if (exact) return exact
  const language = lower.split("-")[0]
  return locales.find((locale) => locale.toLowerCase().split("-")[0] === language) ?? null
}

/** Picks the locale the browser prefers most among the ones we support; zh-CN when nothing matches. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale
  for (const { tag } of parseAcceptLanguage(acceptLanguage)) {
    if (tag === "*") return defaultLocale
    const match = matchLocale(tag)
    if (match) return match
  }
  return defaultLocale
}

/** The locale named by a path's first segment, if it is one we serve. */
export function localeFromPathname(pathname: string): Locale | null {
  const first = pathname.split("/")[1] ?? ""
  return isLocale(first) ? first : null
}

// A first segment shaped like a language tag (fr, en-US, zh-Hant-TW) is treated as a locale we do not serve.
const LANGUAGE_TAG = /^[a-z]{2}(-[a-z0-9]{2,8})*$/i

/**
 * Where the proxy sends a path that lacks a supported locale, or null when it already has one.
 * A locale-like first segment is replaced (/en-US/x → /en/x, /fr/x → /zh-CN/x), anything else is prefixed.
 */
export function localizedRedirectPath(pathname: string, preferred: Locale): string | null {
  if (localeFromPathname(pathname)) return null
  const [, first = "", ...rest] = pathname.split("/")
  if (LANGUAGE_TAG.test(first)) {
    const target = matchLocale(first) ?? preferred
    return ["", target, ...rest].join("/")
  }
  return pathname === "/" ? `/${preferred}` : `/${preferred}${pathname}`
}

/** The same page in another locale, for the language switch: /zh-CN/cooperatives/x → /en/cooperatives/x. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const [, first = "", ...rest] = pathname.split("/")
  const tail = (isLocale(first) ? rest : [first, ...rest]).filter((segment) => segment !== "")
  return tail.length === 0 ? `/${target}` : `/${target}/${tail.join("/")}`
}
