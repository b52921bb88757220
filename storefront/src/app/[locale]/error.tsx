"use client"

import { useParams } from "next/navigation"
import { useEffect } from "react"

import { defaultLocale, isLocale } from "@/i18n/config"
import { getMessages } from "@/i18n/messages"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

type ErrorPageProps = {
  error: unknown
  retry: () => void
}

/** Unexpected failures while rendering a page; a down backend is handled inside the page itself. */
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const params = useParams<{ locale: string }>()
  const locale = isLocale(params.locale) ? params.locale : defaultLocale
  const messages = getMessages(locale)

  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <main className="mx-auto max-w-6xl px-4 py-12">
      <StatusMessage
        role="alert"
        title={messages.errors.unexpectedTitle}
        body={messages.errors.unexpectedBody}
        action={
          <button type="button" onClick={retry} className={statusActionClassName}>
            {messages.errors.retry}
          </button>
        }
      />
    </main>
  )
}
