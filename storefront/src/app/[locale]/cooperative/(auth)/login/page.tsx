import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getMemberSession } from "@/lib/data/cooperative"
import { LoginForm } from "@/modules/cooperative/components/login-form"
import { Notice } from "@/modules/cooperative/components/notice"
import { textLink } from "@/modules/cooperative/components/styles"
import { portalPath, safeNext } from "@/modules/cooperative/lib/paths"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/login">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.auth.loginTitle } : {}
}

export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/cooperative/login">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const { next, notice } = await searchParams
  const target = safeNext(next)
  // Already signed in: straight on to where they were going.
  if ((await getMemberSession()).member) redirect(`/${locale}${target}`)
  const { portal } = getMessages(locale)
  const notices = {
    expired: portal.auth.expired,
    signed_out: portal.auth.signedOut,
    reset_done: portal.auth.resetDone,
  }
  const shown =
    typeof notice === "string" && notice in notices ? notices[notice as keyof typeof notices] : undefined
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold text-stone-900">{portal.auth.loginTitle}</h1>
        <p className="text-sm leading-relaxed text-stone-600">{portal.auth.loginIntro}</p>
      </div>
      {shown ? <Notice tone={notice === "expired" ? "info" : "success"}>{shown}</Notice> : null}
      <LoginForm locale={locale} next={target} messages={{ auth: portal.auth, errors: portal.errors }} />
      <div className="flex flex-wrap justify-between gap-2">
        <Link href={portalPath(locale, "/forgot-password")} className={textLink}>
          {portal.auth.forgotLink}
        </Link>
        <Link href={`/${locale}`} className={textLink}>
          {portal.auth.backToShop}
        </Link>
      </div>
    </div>
  )
}
