import type { Locale } from "@/i18n/config"

/** A portal page in the reader's language: portalPath("en", "/orders") → /en/cooperative/orders. */
export function portalPath(locale: Locale, page = ""): string {
  return `/${locale}/cooperative${page}`
}

export type LoginNotice = "expired" | "signed_out" | "reset_done"

/** The login page, coming back to `next` (a portal path without the locale) after a successful login. */
export function loginPath(locale: Locale, options: { next?: string; notice?: LoginNotice } = {}): string {
  const query = new URLSearchParams()
  if (options.next && options.next !== "") query.set("next", options.next)
  if (options.notice) query.set("notice", options.notice)
  const search = query.toString()
  return `${portalPath(locale, "/login")}${search ? `?${search}` : ""}`
}

// Only portal pages: a login link must never send a member to another site (an open redirect).
const PORTAL_PAGE = /^\/cooperative(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_\-=&%.]*)?$/

/** The page to return to after login when `next` is one of the portal's own pages; the dashboard otherwise. */
export function safeNext(next: unknown): string {
  return typeof next === "string" && PORTAL_PAGE.test(next) && !next.includes("//") ? next : "/cooperative"
}
