import { getMessages } from "@/i18n/messages"
import { getRequestLocale } from "@/i18n/request-locale"

/** While a portal page reads the backend: the page's shape in grey, and the word for loading. */
export default async function PortalLoading() {
  const { portal } = getMessages(await getRequestLocale())
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{portal.common.loading}</span>
      <div className="h-8 w-48 animate-pulse rounded bg-stone-200" aria-hidden="true" />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-hidden="true">
        {[0, 1, 2, 3].map((index) => (
          <div key={index} className="h-24 animate-pulse rounded-2xl bg-stone-200" />
        ))}
      </div>
      <div className="h-40 animate-pulse rounded-2xl bg-stone-100" aria-hidden="true" />
    </div>
  )
}
