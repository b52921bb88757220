import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getMemberSession } from "@/lib/data/cooperative"
import { PortalHeader } from "@/modules/cooperative/templates/portal-header"

/** The signed-in portal: header with the cooperative's name, navigation and log out. Each page checks the login. */
export default async function PortalLayout({ children, params }: LayoutProps<"/[locale]/cooperative">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const session = await getMemberSession()
  return (
    <>
      {session.member ? (
        <PortalHeader locale={locale} messages={getMessages(locale)} member={session.member} />
      ) : null}
      <main id="main" className="mx-auto max-w-5xl px-4 py-5 sm:py-8">
        {children}
      </main>
    </>
  )
}
