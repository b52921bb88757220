import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"

import { AccountForm } from "../components/account-form"

type AccountEntryProps = { mode: "login" | "register"; locale: Locale; next: string; messages: Messages }

export function AccountEntryTemplate({ mode, locale, next, messages }: AccountEntryProps) {
  const copy = messages.account[mode]
  return (
    <main className="mx-auto max-w-md px-4 py-10">
      <div className="rounded-2xl border border-stone-200 bg-white p-6">
        <h1 className="text-2xl font-bold">{copy.title}</h1>
        <p className="mt-1 mb-6 text-sm text-stone-600">{copy.intro}</p>
        <AccountForm mode={mode} locale={locale} next={next} messages={messages.account} />
      </div>
    </main>
  )
}
