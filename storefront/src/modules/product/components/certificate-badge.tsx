import type { Messages } from "@/i18n/messages"

import type { ProductPageModel } from "../lib/product-model"

type CertificateBadgeProps = {
  certificate: NonNullable<ProductPageModel["certificate"]>
  messages: Messages["product"]
}

/** 消费帮扶产品认定: the number, who issued it and for how long it holds. */
export function CertificateBadge({ certificate, messages }: CertificateBadgeProps) {
  return (
    <section
      aria-labelledby="certificate-heading"
      className="rounded-xl border border-emerald-200 bg-emerald-50 p-4"
    >
      <h2 id="certificate-heading" className="flex items-center gap-2 text-sm font-semibold text-emerald-900">
        <svg viewBox="0 0 20 20" aria-hidden="true" className="size-5 fill-emerald-700">
          <path d="M10 1l2.4 1.8 3-.1.9 2.9 2.4 1.8-1 2.8 1 2.8-2.4 1.8-.9 2.9-3-.1L10 19l-2.4-1.8-3 .1-.9-2.9-2.4-1.8 1-2.8-1-2.8 2.4-1.8.9-2.9 3 .1zm-1.2 11.6l5.3-5.3-1.2-1.2-4.1 4.1-1.9-1.9-1.2 1.2z" />
        </svg>
        {messages.certificateTitle}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-emerald-800">{messages.certificateNumber}</dt>
        <dd className="font-mono font-medium text-stone-900" data-testid="certificate-number">
          {certificate.number}
        </dd>
        <dt className="text-emerald-800">{messages.certificateIssuer}</dt>
        <dd className="text-stone-900">{certificate.issuer}</dd>
        <dt className="text-emerald-800">{messages.certificateValidity}</dt>
        <dd className="text-stone-900">
          {certificate.validFrom} – {certificate.validTo}
        </dd>
      </dl>
    </section>
  )
}
