import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteAidRecord, useSaveAidRecord } from "../../lib/aid-records"
import { formatDay } from "../../lib/format"
import { CertificateFields, certificateBody, emptyCertificateDraft } from "../certificates/certificate-fields"
import { CertificateStatus } from "../certificates/certificate-status"
import { DeleteButton } from "../delete-button"
import type { ProductAid } from "./use-product-aid"

/** The product's certificate with a delete button, or a form to issue one for it. */
export function CertificatePanel({ product }: { product: ProductAid }) {
  const [draft, setDraft] = useState(() => emptyCertificateDraft())
  const create = useSaveAidRecord("certificates", {
    success: "认定已创建 / Certificate created",
    onSaved: () => setDraft(emptyCertificateDraft()),
  })
  const remove = useDeleteAidRecord("certificates")
  const certificate = product.certificate

  if (certificate) {
    return (
      <div className="flex items-start justify-between gap-x-2 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus" className="font-mono">
            {certificate.number}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {certificate.issuer}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {formatDay(certificate.valid_from)} – {formatDay(certificate.valid_to)}
          </Text>
          <div>
            <CertificateStatus certificate={{ ...certificate, product: null }} />
          </div>
        </div>
        <DeleteButton
          name={certificate.number}
          disabled={remove.isPending}
          onDelete={() => remove.mutate(certificate.id)}
        />
      </div>
    )
  }

  return (
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      onSubmit={(event) => {
        event.preventDefault()
        create.mutate({ body: certificateBody(draft, product.id) })
      }}
    >
      <Text size="small" className="text-ui-fg-subtle">
        未认定：不计入官方统计 / Not certified: not in official statistics
      </Text>
      <CertificateFields idPrefix="product-certificate" draft={draft} onChange={setDraft} />
      <div className="flex justify-end">
        <Button size="small" variant="secondary" type="submit" isLoading={create.isPending}>
          创建认定 / Issue certificate
        </Button>
      </div>
    </form>
  )
}
