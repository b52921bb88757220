import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"

/** The shop's frame: header with navigation and cart, the page, footer. The cooperative portal has its own. */
export default async function ShopLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const messages = getMessages(locale)
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {messages.nav.skipToContent}
      </a>
      <SiteHeader locale={locale} messages={messages} />
      <div id="main" className="flex-1">
        {children}
      </div>
      <SiteFooter locale={locale} messages={messages} />
    </div>
  )
}
