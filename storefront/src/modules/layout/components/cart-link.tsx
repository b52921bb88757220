import Link from "next/link"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { cartItemCount } from "@/lib/data/cart"

type CartLinkProps = { locale: Locale; messages: Messages["nav"]; className: string }

/** The cart with its number of units; streamed in, since it reads the shopper's cookie. */
export async function CartLink({ locale, messages, className }: CartLinkProps) {
  const count = await cartItemCount()
  return (
    <Link
      href={`/${locale}/cart`}
      className={className}
      aria-label={count === 1 ? messages.cartCountOne : format(messages.cartCount, { count })}
      data-testid="cart-link"
    >
      {/* The space keeps the visible "Cart 2" inside the spoken name (label in name, WCAG 2.5.3). */}
      {messages.cart}{" "}
      <span
        aria-hidden="true"
        className="ml-0.5 inline-flex min-w-6 justify-center rounded-full bg-brand-600 px-1.5 text-xs leading-6 font-semibold text-white"
      >
        {count}
      </span>
    </Link>
  )
}
