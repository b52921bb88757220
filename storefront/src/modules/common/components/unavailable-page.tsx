import type { Messages } from "@/i18n/messages"

import { StatusMessage, statusActionClassName } from "./status-message"

type UnavailablePageProps = { messages: Messages; retryHref: string }

/** A page whose reads failed because the backend is down: said in words, with a retry that needs no JS. */
export function UnavailablePage({ messages, retryHref }: UnavailablePageProps) {
  return (
    <main className="mx-auto max-w-6xl px-4 py-12">
      <StatusMessage
        role="alert"
        title={messages.errors.unavailableTitle}
        body={messages.errors.unavailableBody}
        action={
          <a href={retryHref} className={statusActionClassName}>
            {messages.errors.retry}
          </a>
        }
      />
    </main>
  )
}
