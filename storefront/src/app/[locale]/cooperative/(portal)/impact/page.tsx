import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { getCooperativeImpact } from "@/lib/data/cooperative"
import { requireMember } from "@/modules/cooperative/lib/require-member"
import { ImpactTemplate } from "@/modules/cooperative/templates/impact-template"

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/cooperative/impact">): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { title: getMessages(locale).portal.impact.title } : {}
}

export default async function ImpactPage({ params }: PageProps<"/[locale]/cooperative/impact">) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  await requireMember(locale, "/cooperative/impact")
  return (
    <ImpactTemplate locale={locale} messages={getMessages(locale)} months={await getCooperativeImpact()} />
  )
}
