import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"

export function SiteFooter({ locale, messages }: { locale: Locale; messages: Messages }) {
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-stone-600 sm:flex-row sm:items-center sm:justify-between">
        <p className="max-w-xl">{messages.footer.about}</p>
        <Link
          href={`/${locale}/cooperative/login`}
          className="inline-flex min-h-11 items-center text-brand-700 underline-offset-4 hover:underline"
        >
          {messages.footer.cooperativePortal}
        </Link>
      </div>
    </footer>
  )
}
