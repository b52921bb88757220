import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { hasAuthToken } from "@/lib/data/cookies"
import { safeNext } from "@/modules/account/lib/credentials"
import { AccountEntryTemplate } from "@/modules/account/templates/account-entry-template"

export async function generateMetadata({ params }: PageProps<"/[locale]/account/login">): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const copy = getMessages(locale).account.login
  return { title: copy.title, description: copy.intro }
}

export default async function LoginPage({ params, searchParams }: PageProps<"/[locale]/account/login">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const asked = (await searchParams).next
  const next = safeNext(typeof asked === "string" ? asked : "", `/${locale}/account`)
  if (await hasAuthToken("customer")) redirect(next)
  return <AccountEntryTemplate mode="login" locale={locale} next={next} messages={getMessages(locale)} />
}
