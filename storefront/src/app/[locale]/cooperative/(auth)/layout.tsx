import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { AuthFrame } from "@/modules/cooperative/templates/auth-frame"

/** Login, invite and password pages: one card, with the way back to the shop and the language switch. */
export default async function PortalAuthLayout({ children, params }: LayoutProps<"/[locale]/cooperative">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <AuthFrame locale={locale} messages={getMessages(locale)}>
      {children}
    </AuthFrame>
  )
}
