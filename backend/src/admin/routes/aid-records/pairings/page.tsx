import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { DeleteButton } from "../../../components/delete-button"
import { DonorsSection } from "../../../components/pairings/donors-section"
import { PairingForm } from "../../../components/pairings/pairing-form"
import { EmptyState, ErrorState, LoadingRows } from "../../../components/query-state"
import { Section } from "../../../components/section"
import { useAidRecords, useDeleteAidRecord } from "../../../lib/aid-records"
import { regionLevelLabels } from "../../../lib/aid-types"

/** 对口帮扶关系: which donor district helps which region, since when; and the donor districts. */
const AidPairingsPage = () => {
  const pairings = useAidRecords("pairings")
  const remove = useDeleteAidRecord("pairings")
  const [creating, setCreating] = useState(false)
  const records = [...(pairings.data?.records ?? [])].sort((a, b) => a.since_year - b.since_year)

  return (
    <div className="flex flex-col gap-y-3">
      <Section
        title="对口关系 / Pairings"
        description="帮扶方 ↔ 受援地 / Donor district ↔ aid region"
        actions={
          <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
            <Plus />
            新建 / Create
          </Button>
        }
      >
        {pairings.isPending ? (
          <LoadingRows />
        ) : pairings.isError ? (
          <ErrorState error={pairings.error} />
        ) : records.length === 0 ? (
          <EmptyState message="还没有对口关系 / No pairings yet" />
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>帮扶方 / Donor</Table.HeaderCell>
                <Table.HeaderCell>受援地 / Region</Table.HeaderCell>
                <Table.HeaderCell>起始年份 / Since</Table.HeaderCell>
                <Table.HeaderCell>备注 / Note</Table.HeaderCell>
                <Table.HeaderCell className="w-12" />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {records.map((pairing) => {
                const name = `${pairing.donor?.name ?? "?"} ↔ ${pairing.region?.name ?? "?"}`
                return (
                  <Table.Row key={pairing.id}>
                    <Table.Cell>{pairing.donor?.name ?? pairing.donor_id}</Table.Cell>
                    <Table.Cell>
                      <div className="flex items-baseline gap-x-2">
                        <span>{pairing.region?.name ?? pairing.region_id}</span>
                        {pairing.region ? (
                          <Text size="xsmall" className="text-ui-fg-subtle">
                            {regionLevelLabels[pairing.region.level]}
                          </Text>
                        ) : null}
                      </div>
                    </Table.Cell>
                    <Table.Cell className="tabular-nums">{pairing.since_year}</Table.Cell>
                    <Table.Cell className="max-w-[280px] truncate text-ui-fg-subtle">
                      {pairing.note ?? "—"}
                    </Table.Cell>
                    <Table.Cell>
                      <DeleteButton name={name} onDelete={() => remove.mutate(pairing.id)} />
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        )}
        <PairingForm open={creating} onOpenChange={setCreating} />
      </Section>
      <DonorsSection />
    </div>
  )
}

export const config = defineRouteConfig({ label: "对口关系 / Pairings", rank: 2 })

export default AidPairingsPage
