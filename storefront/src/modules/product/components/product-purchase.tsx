"use client"

import Link from "next/link"
import { useActionState, useState } from "react"

import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"
import { addToCartForm, type CartResult } from "@/lib/actions/cart"
import type { StockState } from "@/lib/util/stock-state"

import type { VariantChoice } from "../lib/product-model"

type PurchaseMessages = Messages["product"]

type ProductPurchaseProps = {
  variants: VariantChoice[]
  defaultVariantId: string | null
  optionLabel: string | null
  cartHref: string
  messages: PurchaseMessages
}

const MAX_QUANTITY = 99

function stockText(stock: StockState, messages: PurchaseMessages) {
  if (stock.state === "sold_out") return { text: messages.stockSoldOut, className: "text-stone-600" }
  if (stock.state === "low")
    return { text: format(messages.stockLow, { count: stock.left }), className: "text-amber-700" }
  return { text: messages.stockInStock, className: "text-emerald-700" }
}

function errorText(result: Extract<CartResult, { ok: false }>, messages: PurchaseMessages) {
  switch (result.error) {
    case "out_of_stock":
      return messages.errorOutOfStock
    case "invalid_input":
      return messages.errorInvalidInput
    case "unavailable":
      return messages.errorUnavailable
    default:
      return messages.errorUnexpected
  }
}

/** Variant, price, stock and the add-to-cart form: the page's one island of client state. */
export function ProductPurchase({
  variants,
  defaultVariantId,
  optionLabel,
  cartHref,
  messages,
}: ProductPurchaseProps) {
  const [selectedId, setSelectedId] = useState(defaultVariantId)
  const [result, formAction, pending] = useActionState(addToCartForm, null)
  const selected = variants.find((variant) => variant.id === selectedId) ?? variants[0]
  if (!selected) return null
  const soldOut = selected.stock.state === "sold_out"
  const stock = stockText(selected.stock, messages)
  const maxQuantity = selected.stock.state === "low" ? selected.stock.left : MAX_QUANTITY
  return (
    <form action={formAction} className="space-y-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p className="text-3xl font-bold text-brand-700 tabular-nums">
          <span className="sr-only">{messages.price} </span>
          {selected.price ?? "—"}
        </p>
        <p className={`text-sm font-medium ${stock.className}`} data-testid="stock-state">
          {stock.text}
        </p>
      </div>

      {variants.length > 1 ? (
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-stone-800">
            {optionLabel ?? messages.variantLabel}
          </legend>
          <div className="flex flex-wrap gap-2">
            {variants.map((variant) => (
              <label
                key={variant.id}
                className="relative flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 text-sm has-checked:border-brand-600 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600"
              >
                <input
                  type="radio"
                  name="variantId"
                  value={variant.id}
                  checked={variant.id === selected.id}
                  onChange={() => {
                    setSelectedId(variant.id)
                  }}
                  className="sr-only"
                />
                <span className="font-medium text-stone-900">{variant.label}</span>
                {variant.price && <span className="text-stone-600">{variant.price}</span>}
                {variant.stock.state === "sold_out" && (
                  <span className="text-xs text-stone-500">{messages.stockSoldOut}</span>
                )}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <input type="hidden" name="variantId" value={selected.id} />
      )}

      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="quantity" className="block text-sm font-medium text-stone-800">
            {messages.quantity}
          </label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity}
            defaultValue={1}
            disabled={soldOut}
            className="mt-1 block min-h-11 w-20 rounded-lg border border-stone-300 bg-white px-3 text-sm disabled:bg-stone-100"
          />
        </div>
        <button
          type="submit"
          disabled={soldOut || pending}
          className="inline-flex min-h-11 flex-1 items-center justify-center rounded-full bg-brand-600 px-6 text-base font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:bg-stone-300 disabled:text-stone-700 sm:flex-none"
        >
          {soldOut ? messages.stockSoldOut : pending ? messages.adding : messages.addToCart}
        </button>
      </div>

      <div aria-live="polite" className="min-h-6 text-sm">
        {result?.ok === true && (
          <p role="status" className="text-emerald-800">
            {format(messages.added, { count: result.data.itemCount })}{" "}
            <Link href={cartHref} className="font-medium text-brand-700 underline underline-offset-4">
              {messages.viewCart}
            </Link>
          </p>
        )}
        {result?.ok === false && (
          <p role="alert" className="text-red-700">
            {errorText(result, messages)}
          </p>
        )}
      </div>
    </form>
  )
}
