import Image from "next/image"

import type { Messages } from "@/i18n/messages"

import type { ProductCardModel } from "../lib/product-card-model"

// The grid is 2 columns on phones, 3 from sm, 4 from lg, inside a max-w-6xl (72rem) container.
const THUMBNAIL_SIZES = "(min-width: 72rem) 17rem, (min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw"

type ProductCardProps = {
  product: ProductCardModel
  messages: Messages["catalog"]
}

export function ProductCard({ product, messages }: ProductCardProps) {
  return (
    <article className="flex h-full flex-col overflow-hidden rounded-xl border border-stone-200 bg-white">
      <div className="relative aspect-square bg-stone-100">
        {product.thumbnail ? (
          <Image
            src={product.thumbnail}
            alt={product.title}
            fill
            sizes={THUMBNAIL_SIZES}
            className="object-cover"
          />
        ) : (
          <div className="flex h-full items-center justify-center text-xs text-stone-400">
            {messages.noImage}
          </div>
        )}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 text-sm font-medium leading-snug text-stone-900">{product.title}</h3>
        <p className="text-base font-semibold text-brand-700">
          {product.price ?? (
            <span className="text-sm font-normal text-stone-500">{messages.priceUnavailable}</span>
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
                <dt className="shrink-0 text-stone-400">{messages.countyLabel}</dt>
                <dd className="line-clamp-1">{product.cooperative.county}</dd>
              </div>
            )}
          </dl>
        )}
      </div>
    </article>
  )
}
