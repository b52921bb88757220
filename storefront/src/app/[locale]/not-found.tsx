import Link from "next/link"

import { getRequestLocale } from "@/i18n/request-locale"
import { getMessages } from "@/i18n/messages"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

export default async function NotFound() {
  const locale = await getRequestLocale()
  const { errors } = getMessages(locale)
  return (
    <main className="mx-auto max-w-6xl px-4 py-12">
      <StatusMessage
        role="status"
        title={errors.notFoundTitle}
        body={errors.notFoundBody}
        action={
          <Link href={`/${locale}`} className={statusActionClassName}>
            {errors.backHome}
          </Link>
        }
      />
    </main>
  )
}
