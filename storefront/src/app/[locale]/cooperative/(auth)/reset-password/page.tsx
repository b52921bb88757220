import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { format } from "@/i18n/format"
import { getMessages } from "@/i18n/messages"
import { Notice } from "@/modules/cooperative/components/notice"
import { ResetPasswordForm } from "@/modules/cooperative/components/reset-password-form"
import { textLink } from "@/modules/cooperative/components/styles"
import { portalPath } from "@/modules/cooperative/lib/paths"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/reset-password">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.auth.resetTitle } : {}
}

/** Where the emailed reset link lands (?token=…&email=…). */
export default async function ResetPasswordPage({
  params,
  searchParams,
}: PageProps<"/[locale]/cooperative/reset-password">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { token, email } = await searchParams
  const { portal } = getMessages(locale)
  const complete = typeof token === "string" && token !== "" && typeof email === "string" && email !== ""
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold text-stone-900">{portal.auth.resetTitle}</h1>
        {complete ? (
          <p className="text-sm leading-relaxed text-stone-600">
            {format(portal.auth.resetIntro, { email })}
          </p>
        ) : null}
      </div>
      {complete ? (
        <ResetPasswordForm
          locale={locale}
          token={token}
          email={email}
          messages={{ auth: portal.auth, errors: portal.errors }}
        />
      ) : (
        <Notice tone="error">{portal.auth.brokenLink}</Notice>
      )}
      <Link href={portalPath(locale, "/forgot-password")} className={textLink}>
        {portal.auth.forgotTitle}
      </Link>
    </div>
  )
}
