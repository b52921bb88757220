import Link from "next/link"
import type { ReactNode } from "react"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { LanguageSwitch } from "@/modules/layout/components/language-switch"

type AuthFrameProps = { locale: Locale; messages: Messages; children: ReactNode }

export function AuthFrame({ locale, messages, children }: AuthFrameProps) {
  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col px-4 py-4">
      <header className="flex items-center justify-between gap-2">
        {/* Only the brand is the link to the shop, so what it says and where it goes agree. */}
        <div className="flex min-w-0 items-baseline gap-2">
          <Link
            href={`/${locale}`}
            aria-label={messages.site.homeLink}
            className="flex min-h-11 shrink-0 items-center text-xl font-bold text-brand-700"
          >
            {messages.site.brand}
          </Link>
          <span className="truncate text-xs font-medium text-stone-500 sm:text-sm">
            {messages.portal.title}
          </span>
        </div>
        <div className="shrink-0">
          <LanguageSwitch current={locale} label={messages.languageSwitch.label} />
        </div>
      </header>
      <main
        id="main"
        className="mt-6 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:mt-10 sm:p-8"
      >
        {children}
      </main>
    </div>
  )
}
