import Image from "next/image"
import Link from "next/link"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { shopFileUrl } from "@/lib/util/shop-file-url"

import type { CartLineModel } from "../lib/line-model"
import { QuantityForm } from "./quantity-form"
import { RemoveLineForm } from "./remove-line-form"

type CartLineProps = { line: CartLineModel; locale: Locale; messages: Messages["cart"] }

export function CartLine({ line, locale, messages }: CartLineProps) {
  return (
    <li className="flex gap-4 py-4" data-testid="cart-line">
      <div className="relative size-20 shrink-0 overflow-hidden rounded-xl bg-stone-100 sm:size-24">
        {line.thumbnail ? (
          <Image src={shopFileUrl(line.thumbnail)} alt="" fill sizes="96px" className="object-cover" />
        ) : null}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <div className="min-w-0">
            {line.handle ? (
              <Link href={`/${locale}/products/${line.handle}`} className="font-medium hover:underline">
                {line.title}
              </Link>
            ) : (
              <span className="font-medium">{line.title}</span>
            )}
            {line.variant ? <p className="text-sm text-stone-500">{line.variant}</p> : null}
            <p className="text-sm text-emerald-800" data-testid="line-helps">
              {line.helps ? format(messages.helps, line.helps) : messages.notAid}
            </p>
          </div>
          <p className="text-right">
            <span className="sr-only">{messages.lineTotal}</span>
            <span className="font-semibold tabular-nums">{line.total}</span>
            <span className="block text-xs text-stone-500">
              {messages.unitPrice} {line.unitPrice}
            </span>
          </p>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <QuantityForm lineId={line.id} title={line.title} quantity={line.quantity} messages={messages} />
          <RemoveLineForm
            lineId={line.id}
            label={format(messages.removeLabel, { title: line.title })}
            text={messages.remove}
            errors={messages.errors}
          />
        </div>
      </div>
    </li>
  )
}
