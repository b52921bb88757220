import { format } from "@/i18n/format"
import type { Messages } from "@/i18n/messages"

import { checkoutSteps, type CheckoutStep } from "../lib/steps"

type CheckoutProgressProps = { current: CheckoutStep; messages: Messages["checkout"] }

/** Where the buyer is in the checkout: a bar and the named steps. */
export function CheckoutProgress({ current, messages }: CheckoutProgressProps) {
  const index = checkoutSteps.indexOf(current)
  const label = format(messages.progress, { current: index + 1, total: checkoutSteps.length })
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={checkoutSteps.length}
        aria-valuenow={index + 1}
        className="h-2 overflow-hidden rounded-full bg-stone-200"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width]"
          style={{ width: `${((index + 1) / checkoutSteps.length) * 100}%` }}
        />
      </div>
      <ol className="flex justify-between text-xs text-stone-500 sm:text-sm">
        {checkoutSteps.map((step, position) => (
          <li
            key={step}
            aria-current={step === current ? "step" : undefined}
            className={position <= index ? "font-medium text-brand-700" : undefined}
          >
            {messages.steps[step]}
          </li>
        ))}
      </ol>
    </div>
  )
}
