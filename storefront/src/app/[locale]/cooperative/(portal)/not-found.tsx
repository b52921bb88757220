import Link from "next/link"

import { getMessages } from "@/i18n/messages"
import { getRequestLocale } from "@/i18n/request-locale"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"
import { portalPath } from "@/modules/cooperative/lib/paths"

/** A listing or order that is not the member's (or no longer exists), inside the portal's frame. */
export default async function PortalNotFound() {
  const locale = await getRequestLocale()
  const { portal } = getMessages(locale)
  return (
    <StatusMessage
      role="status"
      title={portal.errors.notFoundTitle}
      body={portal.errors.notFoundBody}
      action={
        <Link href={portalPath(locale, "/products")} className={statusActionClassName}>
          {portal.products.title}
        </Link>
      }
    />
  )
}
