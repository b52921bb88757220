import { NextResponse, type NextRequest } from "next/server"

import { localizedRedirectPath, negotiateLocale } from "@/i18n/negotiate"

/** Every page lives under /zh-CN or /en: send anything else there, in the language the browser prefers. */
export function proxy(request: NextRequest) {
  const preferred = negotiateLocale(request.headers.get("accept-language"))
  const target = localizedRedirectPath(request.nextUrl.pathname, preferred)
  if (target === null) return NextResponse.next()

  const url = request.nextUrl.clone()
  url.pathname = target
  return NextResponse.redirect(url)
}

export const config = {
  // Skip Next internals, API routes and files with an extension (favicon.ico, robots.txt, images).
  matcher: ["/((?!_next/|api/|.*\\.[^/]+$).*)"],
}
