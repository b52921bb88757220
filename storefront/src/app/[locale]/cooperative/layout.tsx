import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"

export async function generateMetadata({ params }: LayoutProps<"/[locale]/cooperative">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { portal } = getMessages(locale)
  // Members' pages: nothing here is for search engines.
  return {
    title: { default: portal.title, template: `%s · ${portal.title}` },
    robots: { index: false, follow: false },
  }
}

/** The cooperative portal: its own frame, apart from the shop's header and footer. */
export default async function CooperativeLayout({ children, params }: LayoutProps<"/[locale]/cooperative">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { portal } = getMessages(locale)
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {portal.skipToContent}
      </a>
      {children}
    </>
  )
}
