import Image from "next/image"
import Link from "next/link"

import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import { shopFileUrl } from "@/lib/util/shop-file-url"

import type { ProductCardModel } from "../lib/product-card-model"

// The grid is 2 columns on phones, 3 from sm, 4 from lg, inside a max-w-6xl (72rem) container.
const THUMBNAIL_SIZES = "(min-width: 72rem) 17rem, (min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"

type ProductCardProps = {
  product: ProductCardModel
  href: string
  messages: Messages["catalog"]
  /** Only the first row of the first grid on a page is worth loading eagerly. */
  eager?: boolean
}

/** A product in a grid; the whole card is one link, named by the product's title. */
export function ProductCard({ product, href, messages, eager = false }: ProductCardProps) {
  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white transition-shadow focus-within:ring-2 focus-within:ring-brand-600 hover:shadow-md">
      <div className="relative aspect-square bg-stone-100">
        {product.thumbnail ? (
          <Image
            src={shopFileUrl(product.thumbnail)}
            alt=""
            fill
            sizes={THUMBNAIL_SIZES}
            loading={eager ? "eager" : "lazy"}
            className={product.soldOut ? "object-cover opacity-60" : "object-cover"}
          />
        ) : (
          <div className="flex h-full items-center justify-center text-xs text-stone-500">
            {messages.noImage}
          </div>
        )}
        <div className="absolute top-2 left-2 flex flex-col items-start gap-1">
          {product.certified && (
            <span className="rounded-full bg-emerald-700 px-2 py-0.5 text-xs font-medium text-white">
              {messages.certified}
            </span>
          )}
          {product.soldOut && (
            <span className="rounded-full bg-stone-800 px-2 py-0.5 text-xs font-medium text-white">
              {messages.soldOut}
            </span>
          )}
        </div>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 text-sm leading-snug font-medium text-stone-900">
          {/* The link covers the card (after:inset-0), so one tab stop and one name per product. */}
          <Link
            href={href}
            className="after:absolute after:inset-0 focus:outline-none group-hover:text-brand-700"
          >
            {product.title}
          </Link>
        </h3>
        <p className="text-base font-semibold text-brand-700">
          {product.price ? (
            product.priceFrom ? (
              format(messages.priceFrom, { price: product.price })
            ) : (
              product.price
            )
          ) : (
            <span className="text-sm font-normal text-stone-600">{messages.priceUnavailable}</span>
          )}
        </p>
        {product.cooperative && (
          <dl className="mt-auto space-y-0.5 pt-1 text-xs text-stone-600">
            <div className="flex gap-1">
              <dt className="sr-only">{messages.cooperativeLabel}</dt>
              <dd className="line-clamp-1">{product.cooperative.name}</dd>
            </div>
            {product.cooperative.county && (
              <div className="flex gap-1">
                <dt className="shrink-0 text-stone-500">{messages.countyLabel}</dt>
                <dd className="line-clamp-1">{product.cooperative.county}</dd>
              </div>
            )}
          </dl>
        )}
      </div>
    </article>
  )
}
