import Link from "next/link"
import { Suspense } from "react"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"

import { CartLink } from "./cart-link"
import { LanguageSwitch } from "./language-switch"

type SiteHeaderProps = {
  locale: Locale
  messages: Messages
}

const navLinkClassName =
  "inline-flex min-h-11 items-center rounded-full px-3 text-sm text-stone-700 hover:bg-stone-100 hover:text-stone-900"

export function SiteHeader({ locale, messages }: SiteHeaderProps) {
  return (
    <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 px-4 py-1">
        <Link
          href={`/${locale}`}
          aria-label={messages.site.homeLink}
          className="flex min-h-11 items-baseline gap-2 text-brand-700"
        >
          <span className="text-xl font-bold">{messages.site.brand}</span>
          <span className="text-sm font-medium text-stone-500">{messages.site.brandLatin}</span>
        </Link>
        <div className="flex items-center gap-1">
          <LanguageSwitch current={locale} label={messages.languageSwitch.label} />
          <Suspense fallback={<span className={navLinkClassName}>{messages.nav.cart}</span>}>
            <CartLink locale={locale} messages={messages.nav} className={navLinkClassName} />
          </Suspense>
        </div>
        <nav aria-label={messages.nav.label} className="-mx-3 w-full overflow-x-auto sm:mx-0 sm:w-auto">
          <ul className="flex items-center gap-1 whitespace-nowrap">
            <li>
              <Link href={`/${locale}/products`} className={navLinkClassName}>
                {messages.nav.products}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/regions`} className={navLinkClassName}>
                {messages.nav.regions}
              </Link>
            </li>
            <li>
              <Link href={`/${locale}/account`} className={navLinkClassName}>
                {messages.nav.account}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
