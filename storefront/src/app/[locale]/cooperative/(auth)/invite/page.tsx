import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { InviteForm } from "@/modules/cooperative/components/invite-form"
import { Notice } from "@/modules/cooperative/components/notice"
import { textLink } from "@/modules/cooperative/components/styles"
import { loginPath } from "@/modules/cooperative/lib/paths"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/invite">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.auth.inviteTitle } : {}
}

/** Where the emailed invite link lands: the new member chooses a password. */
export default async function InvitePage({
  params,
  searchParams,
}: PageProps<"/[locale]/cooperative/invite">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { token } = await searchParams
  const { portal } = getMessages(locale)
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold text-stone-900">{portal.auth.inviteTitle}</h1>
        <p className="text-sm leading-relaxed text-stone-600">{portal.auth.inviteIntro}</p>
      </div>
      {typeof token === "string" && token ? (
        <InviteForm locale={locale} token={token} messages={{ auth: portal.auth, errors: portal.errors }} />
      ) : (
        <Notice tone="error">{portal.auth.brokenLink}</Notice>
      )}
      <Link href={loginPath(locale)} className={textLink}>
        {portal.auth.backToLogin}
      </Link>
    </div>
  )
}
