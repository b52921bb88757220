import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { format } from "@/i18n/format"
import type { Locale } from "@/i18n/config"
import type { Messages } from "@/i18n/messages"
import { chooseShipping, choosePayment } from "@/lib/actions/checkout"
import type { CartLineModel } from "@/modules/cart/lib/line-model"

import { AddressForm } from "../components/address-form"
import { CheckoutProgress } from "../components/checkout-progress"
import { CheckoutSection } from "../components/checkout-section"
import { ChoiceForm, type Choice } from "../components/choice-form"
import { OrderSummary } from "../components/order-summary"
import { PlaceOrderForm } from "../components/place-order-form"
import type { AddressField } from "../lib/address-schema"
import { checkoutSteps, stepsDone, type CheckoutStep } from "../lib/steps"

export type CheckoutTemplateProps = {
  locale: Locale
  messages: Messages
  cart: HttpTypes.StoreCart
  step: CheckoutStep
  lines: CartLineModel[]
  address: Record<AddressField, string>
  shipping: Choice[]
  payment: Choice[]
  customerEmail: string | null
}

export function CheckoutTemplate(props: CheckoutTemplateProps) {
  const { locale, messages, cart, step, lines, address, shipping, payment, customerEmail } = props
  const text = messages.checkout
  const done = stepsDone(cart)
  const stateOf = (each: CheckoutStep): "current" | "done" | "later" =>
    each === step ? "current" : done[each] ? "done" : "later"
  const chosenShipping = shipping.find(
    (choice) => choice.id === cart.shipping_methods?.[0]?.shipping_option_id
  )
  const session = cart.payment_collection?.payment_sessions?.[0]
  const chosenPayment = payment.find((choice) => choice.id === session?.provider_id)
  const section = (each: CheckoutStep) => ({
    number: checkoutSteps.indexOf(each) + 1,
    title: text.steps[each],
    state: stateOf(each),
    editHref: `/${locale}/checkout?step=${each}`,
    editLabel: text.edit,
  })
  return (
    <main className="mx-auto grid max-w-6xl gap-6 px-4 py-6 sm:py-8 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{text.title}</h1>
        <CheckoutProgress current={step} messages={text} />
        <p className="text-sm text-stone-600">
          {customerEmail ? (
            format(text.signedInAs, { email: customerEmail })
          ) : (
            <>
              {text.signInHint}{" "}
              <Link
                href={`/${locale}/account/login?next=/${locale}/checkout`}
                className="text-brand-700 underline"
              >
                {text.signIn}
              </Link>
            </>
          )}
        </p>
        <CheckoutSection
          {...section("address")}
          summary={
            <address className="not-italic">
              {address.name} · {address.phone} · {address.email}
              <br />
              {[address.province, address.city, address.district, address.street].join(" ")}
            </address>
          }
        >
          <AddressForm locale={locale} initial={address} messages={text} />
        </CheckoutSection>
        <CheckoutSection
          {...section("shipping")}
          summary={chosenShipping ? `${chosenShipping.label} · ${chosenShipping.price}` : null}
        >
          {shipping.length > 0 ? (
            <ChoiceForm
              locale={locale}
              name="optionId"
              legend={text.steps.shipping}
              choices={shipping}
              selected={chosenShipping?.id}
              submitLabel={text.continue}
              action={chooseShipping}
              errors={text.errors}
            />
          ) : (
            <p role="alert">{text.noShippingOptions}</p>
          )}
        </CheckoutSection>
        <CheckoutSection {...section("payment")} summary={chosenPayment?.label}>
          {payment.length > 0 ? (
            <ChoiceForm
              locale={locale}
              name="providerId"
              legend={text.steps.payment}
              choices={payment}
              selected={chosenPayment?.id}
              submitLabel={text.continue}
              action={choosePayment}
              errors={text.errors}
            />
          ) : (
            <p role="alert">{text.noPaymentProviders}</p>
          )}
        </CheckoutSection>
        <CheckoutSection {...section("review")}>
          <p className="mb-4 text-sm text-stone-600">{text.reviewHint}</p>
          <PlaceOrderForm locale={locale} messages={text} />
        </CheckoutSection>
      </div>
      <OrderSummary cart={cart} lines={lines} messages={messages} />
    </main>
  )
}
