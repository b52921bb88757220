import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { primaryButton, secondaryButton } from "@/modules/common/components/button-styles"
import { StatusMessage, statusActionClassName } from "@/modules/common/components/status-message"

import { CartLine } from "../components/cart-line"
import { CartTotals } from "../components/cart-totals"
import { PromotionForm } from "../components/promotion-form"
import type { CartLineModel } from "../lib/line-model"

type CartTemplateProps = {
  locale: Locale
  messages: Messages
  cart: HttpTypes.StoreCart | null
  lines: CartLineModel[]
}

export function CartTemplate({ locale, messages, cart, lines }: CartTemplateProps) {
  const text = messages.cart
  if (!cart || lines.length === 0) {
    return (
      <main className="mx-auto max-w-6xl px-4 py-12">
        <h1 className="sr-only">{text.title}</h1>
        <StatusMessage
          role="status"
          title={text.emptyTitle}
          body={text.emptyBody}
          action={
            <Link href={`/${locale}/products`} className={statusActionClassName}>
              {text.browse}
            </Link>
          }
        />
      </main>
    )
  }
  const codes = cart.promotions.flatMap((promotion) => (promotion.code ? [promotion.code] : []))
  return (
    <main className="mx-auto grid max-w-6xl gap-8 px-4 py-6 sm:py-8 lg:grid-cols-[1fr_22rem]">
      <section aria-labelledby="cart-heading">
        <h1 id="cart-heading" className="text-2xl font-bold">
          {text.title}
        </h1>
        <ul className="mt-2 divide-y divide-stone-200">
          {lines.map((line) => (
            <CartLine key={line.id} line={line} locale={locale} messages={text} />
          ))}
        </ul>
      </section>
      <aside
        aria-labelledby="summary-heading"
        className="h-fit space-y-4 rounded-2xl border border-stone-200 bg-white p-5 lg:sticky lg:top-20"
      >
        <h2 id="summary-heading" className="text-lg font-semibold">
          {text.summary}
        </h2>
        <PromotionForm codes={codes} messages={text.promotion} errors={text.errors} />
        <CartTotals cart={cart} messages={text} />
        <div className="flex flex-col gap-2">
          <Link href={`/${locale}/checkout`} className={primaryButton} data-testid="checkout-link">
            {text.checkout}
          </Link>
          <Link href={`/${locale}/products`} className={secondaryButton}>
            {text.continueShopping}
          </Link>
        </div>
      </aside>
    </main>
  )
}
