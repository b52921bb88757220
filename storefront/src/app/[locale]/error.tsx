"use client"

import { useParams } from "next/navigation"
import { useEffect } from "react"

import { defaultLocale, isLocale } from "@/i18n/config"
import { common as en } from "@/i18n/messages/en/common"
import { common as zhCN } from "@/i18n/messages/zh-CN/common"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

type ErrorPageProps = {
  error: unknown
  retry: () => void
}

/** Unexpected failures while rendering a page; a down backend is handled inside the page itself. */
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  const params = useParams<{ locale: string }>()
  const locale = isLocale(params.locale) ? params.locale : defaultLocale
  // Only the common strings: a client file importing the whole catalogue would ship every page's words.
  const messages = locale === "en" ? en : zhCN

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
