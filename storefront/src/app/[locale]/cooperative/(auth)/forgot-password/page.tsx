import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { ForgotPasswordForm } from "@/modules/cooperative/components/forgot-password-form"
import { textLink } from "@/modules/cooperative/components/styles"
import { loginPath } from "@/modules/cooperative/lib/paths"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/forgot-password">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.auth.forgotTitle } : {}
}

export default async function ForgotPasswordPage({
  params,
}: PageProps<"/[locale]/cooperative/forgot-password">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { portal } = getMessages(locale)
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold text-stone-900">{portal.auth.forgotTitle}</h1>
        <p className="text-sm leading-relaxed text-stone-600">{portal.auth.forgotIntro}</p>
      </div>
      <ForgotPasswordForm messages={{ auth: portal.auth, errors: portal.errors }} />
      <Link href={loginPath(locale)} className={textLink}>
        {portal.auth.backToLogin}
      </Link>
    </div>
  )
}
