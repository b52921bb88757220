import type { Messages } from "@/i18n/messages"

export function HomeHero({ messages }: { messages: Messages["home"] }) {
  return (
    <section className="bg-linear-to-b from-brand-50 to-stone-50">
      <div className="mx-auto max-w-6xl px-4 py-8 sm:py-12">
        <h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{messages.heroTitle}</h1>
        <p className="mt-3 max-w-2xl text-sm leading-relaxed text-stone-700 sm:text-base">
          {messages.heroLine}
        </p>
      </div>
    </section>
  )
}
