import type { Messages } from "@/i18n/messages"
import { deleteProduct } from "@/lib/actions/cooperative-products"

import { cardClass, dangerButton } from "./styles"

type DeleteProductProps = { locale: string; productId: string; messages: Messages["portal"]["deleteProduct"] }

/** Deleting asks twice without any script: the confirm button sits inside a disclosure. */
export function DeleteProduct({ locale, productId, messages }: DeleteProductProps) {
  return (
    <section className={cardClass}>
      <details>
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-red-800">
          {messages.open}
        </summary>
        <div className="mt-2 space-y-3">
          <h2 className="text-base font-semibold text-stone-900">{messages.heading}</h2>
          <p className="text-sm text-stone-600">{messages.body}</p>
          <form action={deleteProduct}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="id" value={productId} />
            <button type="submit" className={dangerButton}>
              {messages.confirm}
            </button>
          </form>
        </div>
      </details>
    </section>
  )
}
