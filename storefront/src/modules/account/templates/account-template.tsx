import type { HttpTypes } from "@medusajs/types"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { logout } from "@/lib/actions/account"
import type { MyImpact } from "@/lib/data/aid-types"
import { secondaryButton } from "@/modules/common/components/button-styles"

import { ImpactPanel } from "../components/impact-panel"
import { OrdersList } from "../components/orders-list"

type AccountTemplateProps = {
  locale: Locale
  messages: Messages
  customer: HttpTypes.StoreCustomer
  impact: MyImpact
  orders: HttpTypes.StoreOrder[]
}

export function AccountTemplate({ locale, messages, customer, impact, orders }: AccountTemplateProps) {
  const text = messages.account
  const name = customer.first_name || customer.email
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <header className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{format(text.greeting, { name })}</h1>
          <p className="text-sm text-stone-500">{customer.email}</p>
        </div>
        <form action={logout}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className={secondaryButton}>
            {text.signOut}
          </button>
        </form>
      </header>
      <ImpactPanel impact={impact} messages={text.impact} />
      <OrdersList locale={locale} orders={orders} messages={text} />
    </main>
  )
}
