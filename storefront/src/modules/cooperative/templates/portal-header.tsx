import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { logOut } from "@/lib/actions/cooperative-auth"
import type { MemberScope } from "@/lib/data/cooperative-types"
import { LanguageSwitch } from "@/modules/layout/components/language-switch"

import { PortalNav } from "../components/portal-nav"
import { secondaryButton } from "../components/styles"
import { portalPath } from "../lib/paths"

type PortalHeaderProps = { locale: Locale; messages: Messages; member: MemberScope }

export function PortalHeader({ locale, messages, member }: PortalHeaderProps) {
  const { nav } = messages.portal
  const cooperativeName =
    locale === "en" ? member.cooperative.name_en || member.cooperative.name : member.cooperative.name
  return (
    <header className="sticky top-0 z-20 border-b border-stone-200 bg-white/95 backdrop-blur">
      {/* Phones: brand and language on one row, the cooperative and log out on the next; wider: one row. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-3 px-4 pt-1">
        <Link
          href={portalPath(locale)}
          className="order-1 flex min-h-11 min-w-0 flex-1 basis-0 items-baseline gap-2 text-brand-700 sm:flex-none sm:basis-auto"
        >
          <span className="shrink-0 text-lg font-bold">{messages.site.brand}</span>
          <span className="truncate text-xs font-medium text-stone-500 sm:text-sm">
            {messages.portal.title}
          </span>
        </Link>
        <p className="order-3 min-w-0 flex-1 basis-3/5 text-sm sm:order-2 sm:basis-auto sm:border-l sm:border-stone-200 sm:pl-3">
          <span className="block truncate font-semibold text-stone-900" data-testid="portal-cooperative">
            {cooperativeName}
          </span>
          <span className="block truncate text-xs text-stone-500">{member.member.name}</span>
        </p>
        <div className="order-2 ml-auto shrink-0 sm:order-3">
          <LanguageSwitch current={locale} label={messages.languageSwitch.label} />
        </div>
        <form action={logOut} className="order-4">
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={`${secondaryButton} px-4 whitespace-nowrap`}>
            {nav.logout}
          </button>
        </form>
      </div>
      <PortalNav
        label={nav.label}
        items={[
          { href: portalPath(locale), label: nav.dashboard, exact: true },
          { href: portalPath(locale, "/products"), label: nav.products },
          { href: portalPath(locale, "/orders"), label: nav.orders },
          { href: portalPath(locale, "/impact"), label: nav.impact },
        ]}
      />
    </header>
  )
}
