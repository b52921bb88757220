import { getRequestLocale } from "@/i18n/request-locale"
import { getMessages } from "@/i18n/messages"
import { ProductGridSkeleton } from "@/modules/catalog/components/product-grid-skeleton"

export default async function Loading() {
  const messages = getMessages(await getRequestLocale())
  return (
    <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <div className="mb-6 space-y-3" aria-hidden="true">
        <div className="h-7 w-2/3 max-w-sm animate-pulse rounded bg-stone-200" />
        <div className="h-4 w-full max-w-xl animate-pulse rounded bg-stone-100" />
      </div>
      <ProductGridSkeleton label={messages.catalog.loading} />
    </main>
  )
}
