import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Plus, Users } from "@medusajs/icons"
import { Button, IconButton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { CooperativeForm } from "../../../components/cooperatives/cooperative-form"
import { CooperativeMembers } from "../../../components/cooperatives/cooperative-members"
import { DeleteButton } from "../../../components/delete-button"
import { EmptyState, ErrorState, LoadingRows } from "../../../components/query-state"
import { Section } from "../../../components/section"
import { useAidRecords, useDeleteAidRecord } from "../../../lib/aid-records"
import type { Cooperative } from "../../../lib/aid-types"
import { formatCount } from "../../../lib/format"

/** The producers that sell: where they are and how many households they support. */
const AidCooperativesPage = () => {
  const cooperatives = useAidRecords("cooperatives")
  const remove = useDeleteAidRecord("cooperatives")
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<Cooperative | undefined>()
  const [membersOf, setMembersOf] = useState<Cooperative | undefined>()
  const records = cooperatives.data?.records ?? []

  return (
    <Section
      title="合作社 / Cooperatives"
      description="生产和销售帮扶产品的合作社 / The producers that sell aid goods"
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          <Plus />
          新建 / Create
        </Button>
      }
    >
      {cooperatives.isPending ? (
        <LoadingRows />
      ) : cooperatives.isError ? (
        <ErrorState error={cooperatives.error} />
      ) : records.length === 0 ? (
        <EmptyState message="还没有合作社 / No cooperatives yet" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>名称 / Name</Table.HeaderCell>
              <Table.HeaderCell>县/区 / County</Table.HeaderCell>
              <Table.HeaderCell className="text-right">带动农户 / Households</Table.HeaderCell>
              <Table.HeaderCell>标识 / Handle</Table.HeaderCell>
              <Table.HeaderCell className="w-28" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {records.map((cooperative) => (
              <Table.Row key={cooperative.id}>
                <Table.Cell>
                  <div className="flex flex-col py-2">
                    <Text size="small" weight="plus">
                      {cooperative.name}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {cooperative.name_en}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>{cooperative.county?.name ?? "—"}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {formatCount(cooperative.households)}
                </Table.Cell>
                <Table.Cell className="font-mono text-ui-fg-subtle">{cooperative.handle}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center justify-end">
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={`成员 / Members of ${cooperative.name}`}
                      onClick={() => setMembersOf(cooperative)}
                    >
                      <Users />
                    </IconButton>
                    <IconButton
                      size="small"
                      variant="transparent"
                      aria-label={`编辑 / Edit ${cooperative.name}`}
                      onClick={() => setEditing(cooperative)}
                    >
                      <PencilSquare />
                    </IconButton>
                    <DeleteButton name={cooperative.name} onDelete={() => remove.mutate(cooperative.id)} />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <CooperativeForm open={creating} onOpenChange={setCreating} />
      {membersOf ? (
        <CooperativeMembers
          key={membersOf.id}
          cooperative={membersOf}
          onClose={() => setMembersOf(undefined)}
        />
      ) : null}
      {editing ? (
        <CooperativeForm
          key={editing.id}
          open
          cooperative={editing}
          onOpenChange={(open) => {
            if (!open) setEditing(undefined)
          }}
        />
      ) : null}
    </Section>
  )
}

export const config = defineRouteConfig({ label: "合作社 / Cooperatives", rank: 3 })

export default AidCooperativesPage
