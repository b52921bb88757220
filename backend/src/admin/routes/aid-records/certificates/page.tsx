import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Table } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { CertificateForm } from "../../../components/certificates/certificate-form"
import { CertificateStatus } from "../../../components/certificates/certificate-status"
import { DeleteButton } from "../../../components/delete-button"
import { EmptyState, ErrorState, LoadingRows } from "../../../components/query-state"
import { Section } from "../../../components/section"
import { useAidRecords, useDeleteAidRecord } from "../../../lib/aid-records"
import { formatDay } from "../../../lib/format"

/** 消费帮扶产品认定: the certificates that make products count in official statistics. */
const AidCertificatesPage = () => {
  const certificates = useAidRecords("certificates")
  const remove = useDeleteAidRecord("certificates")
  const [creating, setCreating] = useState(false)
  const records = certificates.data?.records ?? []

  return (
    <Section
      title="产品认定 / Certificates"
      description="只有认定产品计入官方统计 / Only certified products count in official statistics"
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          <Plus />
          新建 / Create
        </Button>
      }
    >
      {certificates.isPending ? (
        <LoadingRows />
      ) : certificates.isError ? (
        <ErrorState error={certificates.error} />
      ) : records.length === 0 ? (
        <EmptyState message="还没有产品认定 / No certificates yet" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>认定编号 / Number</Table.HeaderCell>
              <Table.HeaderCell>产品 / Product</Table.HeaderCell>
              <Table.HeaderCell>认定机构 / Issuer</Table.HeaderCell>
              <Table.HeaderCell>有效期 / Validity</Table.HeaderCell>
              <Table.HeaderCell>状态 / Status</Table.HeaderCell>
              <Table.HeaderCell className="w-12" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {records.map((certificate) => (
              <Table.Row key={certificate.id}>
                <Table.Cell className="font-mono">{certificate.number}</Table.Cell>
                <Table.Cell>
                  {certificate.product ? (
                    <Link to={`/products/${certificate.product.id}`} className="text-ui-fg-interactive">
                      {certificate.product.title}
                    </Link>
                  ) : (
                    <span className="text-ui-fg-muted">未关联 / None</span>
                  )}
                </Table.Cell>
                <Table.Cell>{certificate.issuer}</Table.Cell>
                <Table.Cell className="tabular-nums">
                  {formatDay(certificate.valid_from)} – {formatDay(certificate.valid_to)}
                </Table.Cell>
                <Table.Cell>
                  <CertificateStatus certificate={certificate} />
                </Table.Cell>
                <Table.Cell>
                  <DeleteButton name={certificate.number} onDelete={() => remove.mutate(certificate.id)} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <CertificateForm open={creating} onOpenChange={setCreating} />
    </Section>
  )
}

export const config = defineRouteConfig({ label: "产品认定 / Certificates", rank: 4 })

export default AidCertificatesPage
