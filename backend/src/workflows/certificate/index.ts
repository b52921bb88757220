import { createRemoteLinkStep, removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { DeleteEntityInput } from "@medusajs/framework/modules-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../modules/aid"
import { aidDeleteWorkflow } from "../aid-catalog/crud-workflows"
import { createAidRecordsStep } from "../aid-catalog/steps/create-aid-records"
import { updateAidRecordsStep } from "../aid-catalog/steps/update-aid-records"
import { assertAidRecordsExistStep } from "../aid-catalog/steps/validate-aid-records"
import { assertProductsExistStep } from "../aid-catalog/steps/assert-products-exist"

export type CertificateInput = {
  number: string
  issuer: string
  valid_from: Date
  valid_to: Date
  product_id?: string | null
}

const productLink = (productId: string, certificateId: string) => ({
  [Modules.PRODUCT]: { product_id: productId },
  [AID_MODULE]: { certificate_id: certificateId },
})

/** A certificate is issued for one product; the link is what makes the product "certified". */
export const createCertificateWorkflow = createWorkflow("create-certificate", (input: CertificateInput) => {
  assertProductsExistStep(
    transform({ input }, ({ input }) => ({
      ids: input.product_id ? [input.product_id] : [],
      field: "product_id",
    }))
  )
  const created = createAidRecordsStep(
    transform({ input }, ({ input }) => {
      const { product_id: _product, ...data } = input
      return { entity: "Certificate" as const, data: [data] }
    })
  )
  const certificate = transform({ created }, ({ created }) => created[0])
  when({ input }, ({ input }) => !!input.product_id).then(() => {
    createRemoteLinkStep(
      transform({ input, certificate }, ({ input, certificate }) => [
        productLink(input.product_id ?? "", certificate?.id ?? ""),
      ])
    )
  })
  return new WorkflowResponse(certificate)
})

export type UpdateCertificateInput = Partial<Omit<CertificateInput, "product_id">> & {
  id: string
  /** undefined keeps the product, null detaches, an id moves the certificate there. */
  product_id?: string | null
}

/** Edits a certificate and, when asked, moves it to another product in the same transaction. */
export const updateCertificateWorkflow = createWorkflow(
  "update-certificate",
  (input: UpdateCertificateInput) => {
    assertAidRecordsExistStep(
      transform({ input }, ({ input }) => ({
        entity: "Certificate" as const,
        ids: [input.id],
      }))
    )
    assertProductsExistStep(
      transform({ input }, ({ input }) => ({
        ids: input.product_id ? [input.product_id] : [],
        field: "product_id",
      }))
    )
    const updated = updateAidRecordsStep(
      transform({ input }, ({ input }) => {
        const { product_id: _product, ...data } = input
        return { entity: "Certificate" as const, data: [data] }
      })
    )
    when({ input }, ({ input }) => input.product_id !== undefined).then(() => {
      removeRemoteLinkStep(
        transform({ input }, ({ input }): DeleteEntityInput => ({
          [AID_MODULE]: { certificate_id: [input.id] },
        }))
      )
    })
    when({ input }, ({ input }) => !!input.product_id).then(() => {
      createRemoteLinkStep(
        transform({ input }, ({ input }) => [productLink(input.product_id ?? "", input.id)])
      ).config({ name: "link-certificate-to-new-product" })
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

export const deleteCertificateWorkflow = aidDeleteWorkflow("Certificate", "certificates")
