import { getMessages } from "@/i18n/messages"
import { getRequestLocale } from "@/i18n/request-locale"

const bar = "animate-pulse rounded bg-stone-200"

/** Shaped like the product page (square picture, title, price, options, button), so it swaps in without a jump. */
export default async function Loading() {
  const messages = getMessages(await getRequestLocale())
  return (
    <main className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <div role="status" aria-live="polite">
        <span className="sr-only">{messages.catalog.loading}</span>
        <div aria-hidden="true">
          <div className={`h-4 w-48 ${bar}`} />
          <div className="mt-4 grid gap-6 lg:grid-cols-2 lg:gap-10">
            <div className="aspect-square animate-pulse rounded-2xl bg-stone-200" />
            <div className="space-y-5">
              <div className={`h-8 w-3/4 ${bar}`} />
              <div className={`h-4 w-1/2 ${bar}`} />
              <div className={`h-9 w-32 ${bar}`} />
              <div className="flex gap-2">
                <div className={`h-11 w-24 ${bar}`} />
                <div className={`h-11 w-24 ${bar}`} />
              </div>
              <div className={`h-11 w-40 rounded-full ${bar}`} />
              <div className="h-32 animate-pulse rounded-xl bg-stone-100" />
            </div>
          </div>
        </div>
      </div>
    </main>
  )
}
