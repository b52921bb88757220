import "../globals.css"

import type { Metadata, Viewport } from "next"
import { notFound } from "next/navigation"

import { getBuildSafeEnv } from "@/env"
import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const messages = getMessages(locale)
  return {
    metadataBase: new URL(getBuildSafeEnv().NEXT_PUBLIC_BASE_URL),
    title: {
      default: messages.site.name,
      template: `%s · ${messages.site.name}`,
    },
    description: messages.meta.homeDescription,
    applicationName: messages.site.name,
  }
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#ffffff",
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()

  return (
    <html lang={locale}>
      <body className="min-h-dvh">{children}</body>
    </html>
  )
}
