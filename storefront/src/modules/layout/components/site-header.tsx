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
  "inline-flex min-h-11 items-center rounded-full px-3 text-sm text-stone-700 hover:bg-stone-100 hover:text-stone-900 focus-visible:outline-2 focus-visible:outline-brand-600"

/** Phone: brand and cart on top, the sections in a scrollable row below. Desktop: one row. */
export function SiteHeader({ locale, messages }: SiteHeaderProps) {
  const sections = [
    { href: `/${locale}/products`, label: messages.nav.products },
    { href: `/${locale}/regions`, label: messages.nav.regions },
    { href: `/${locale}/account`, label: messages.nav.account },
  ]
  return (
    <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 px-4 md:flex-nowrap">
        <Link
          href={`/${locale}`}
          aria-label={messages.site.homeLink}
          className="mr-auto flex min-h-14 items-baseline gap-2 py-3 text-brand-700 md:mr-4"
        >
          <span className="text-xl font-bold">{messages.site.brand}</span>
          <span className="hidden text-sm font-medium text-stone-500 sm:inline">
            {messages.site.brandLatin}
          </span>
        </Link>
        <nav
          aria-label={messages.nav.label}
          className="order-last -mx-4 w-[calc(100%+2rem)] overflow-x-auto border-t border-stone-100 px-2 md:order-none md:mx-0 md:mr-auto md:w-auto md:border-0 md:px-0"
        >
          <ul className="flex items-center gap-1 whitespace-nowrap">
            {sections.map((section) => (
              <li key={section.href}>
                <Link href={section.href} className={navLinkClassName}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch current={locale} label={messages.languageSwitch.label} />
        <Suspense fallback={<span className={navLinkClassName}>{messages.nav.cart}</span>}>
          <CartLink locale={locale} messages={messages.nav} className={navLinkClassName} />
        </Suspense>
      </div>
    </header>
  )
}
