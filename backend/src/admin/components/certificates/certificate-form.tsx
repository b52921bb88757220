import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useSaveAidRecord } from "../../lib/aid-records"
import { sdk } from "../../lib/sdk"
import { Field, SelectField } from "../field"
import { FormDrawer } from "../form-drawer"
import { CertificateFields, certificateBody, emptyCertificateDraft } from "./certificate-fields"

type ProductChoice = { id: string; title: string; certificate?: { id: string } | null }

const NO_PRODUCT = "none"

/** Products that have no certificate yet: a product carries at most one. */
function useUncertifiedProducts(enabled: boolean) {
  return useQuery({
    queryKey: ["aid", "uncertified-products"],
    enabled,
    queryFn: async () => {
      const { products } = await sdk.client.fetch<{ products: ProductChoice[] }>("/admin/products", {
        query: { fields: "id,title,certificate.id", limit: 500, order: "title" },
      })
      return products.filter((product) => !product.certificate)
    },
  })
}

type CertificateFormProps = { open: boolean; onOpenChange: (open: boolean) => void }

/** Issues a certificate, for a product or (to attach later) for none. */
export function CertificateForm({ open, onOpenChange }: CertificateFormProps) {
  const [draft, setDraft] = useState(() => emptyCertificateDraft())
  const [productId, setProductId] = useState("")
  const products = useUncertifiedProducts(open)
  const save = useSaveAidRecord("certificates", {
    success: "认定已创建 / Certificate created",
    onSaved: () => {
      setDraft(emptyCertificateDraft())
      setProductId("")
      onOpenChange(false)
    },
  })
  const options = [
    { value: NO_PRODUCT, label: "暂不关联 / No product yet" },
    ...(products.data ?? []).map((product) => ({ value: product.id, label: product.title })),
  ]

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="新建产品认定 / New certificate"
      pending={save.isPending}
      onSubmit={() =>
        save.mutate({
          body: certificateBody(draft, productId && productId !== NO_PRODUCT ? productId : null),
        })
      }
    >
      <Field
        id="certificate-product"
        label="产品 / Product"
        hint="仅列出尚未认定的产品 / Uncertified products only"
      >
        <SelectField
          id="certificate-product"
          value={productId}
          options={options}
          disabled={products.isPending}
          onChange={setProductId}
        />
      </Field>
      <CertificateFields idPrefix="certificate" draft={draft} onChange={setDraft} />
    </FormDrawer>
  )
}
