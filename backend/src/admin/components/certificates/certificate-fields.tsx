import { Input } from "@medusajs/ui"
import { Field } from "../field"

export type CertificateDraft = { number: string; issuer: string; valid_from: string; valid_to: string }

export function emptyCertificateDraft(today = new Date()): CertificateDraft {
  const year = today.getFullYear()
  return { number: "", issuer: "", valid_from: `${year}-01-01`, valid_to: `${year + 2}-12-31` }
}

/** The POST /admin/aid/certificates body; validity runs from the first to the last day, China time. */
export function certificateBody(draft: CertificateDraft, productId: string | null) {
  return {
    number: draft.number.trim(),
    issuer: draft.issuer.trim(),
    valid_from: draft.valid_from ? `${draft.valid_from}T00:00:00+08:00` : undefined,
    valid_to: draft.valid_to ? `${draft.valid_to}T23:59:59+08:00` : undefined,
    product_id: productId,
  }
}

type CertificateFieldsProps = {
  idPrefix: string
  draft: CertificateDraft
  onChange: (draft: CertificateDraft) => void
}

/** Number, issuer and validity of a 消费帮扶产品认定 certificate. */
export function CertificateFields({ idPrefix, draft, onChange }: CertificateFieldsProps) {
  const set = (patch: Partial<CertificateDraft>) => onChange({ ...draft, ...patch })
  return (
    <>
      <Field id={`${idPrefix}-number`} label="认定编号 / Certificate number">
        <Input
          id={`${idPrefix}-number`}
          placeholder="XFBF-GS-2025-0107"
          value={draft.number}
          onChange={(event) => set({ number: event.target.value })}
        />
      </Field>
      <Field id={`${idPrefix}-issuer`} label="认定机构 / Issuer">
        <Input
          id={`${idPrefix}-issuer`}
          placeholder="甘肃省乡村振兴局"
          value={draft.issuer}
          onChange={(event) => set({ issuer: event.target.value })}
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id={`${idPrefix}-from`} label="生效 / Valid from">
          <Input
            id={`${idPrefix}-from`}
            type="date"
            value={draft.valid_from}
            onChange={(event) => set({ valid_from: event.target.value })}
          />
        </Field>
        <Field id={`${idPrefix}-to`} label="到期 / Valid to">
          <Input
            id={`${idPrefix}-to`}
            type="date"
            value={draft.valid_to}
            onChange={(event) => set({ valid_to: event.target.value })}
          />
        </Field>
      </div>
    </>
  )
}
