import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"

import { LanguageSwitch } from "./language-switch"

type SiteHeaderProps = {
  locale: Locale
  messages: Messages
}

export function SiteHeader({ locale, messages }: SiteHeaderProps) {
  return (
    <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4">
        <Link
          href={`/${locale}`}
          aria-label={messages.site.homeLink}
          className="flex items-baseline gap-2 text-brand-700"
        >
          <span className="text-xl font-bold">{messages.site.brand}</span>
          <span className="text-sm font-medium text-stone-500">{messages.site.brandLatin}</span>
        </Link>
        <LanguageSwitch current={locale} label={messages.languageSwitch.label} />
      </div>
    </header>
  )
}
