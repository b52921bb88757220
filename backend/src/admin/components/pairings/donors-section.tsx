import { Plus } from "@medusajs/icons"
import { Button, Input, Table } from "@medusajs/ui"
import { useState } from "react"
import { useAidRecords, useDeleteAidRecord, useSaveAidRecord } from "../../lib/aid-records"
import { DeleteButton } from "../delete-button"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { EmptyState, ErrorState, LoadingRows } from "../query-state"
import { Section } from "../section"

const empty = { code: "", name: "", name_en: "" }

/** The eastern districts that give help; a pairing needs one. */
export function DonorsSection() {
  const donors = useAidRecords("donors")
  const remove = useDeleteAidRecord("donors")
  const [creating, setCreating] = useState(false)
  const [donor, setDonor] = useState(empty)
  const save = useSaveAidRecord("donors", {
    success: "帮扶方已创建 / Donor district created",
    onSaved: () => {
      setDonor(empty)
      setCreating(false)
    },
  })
  const records = donors.data?.records ?? []

  return (
    <Section
      title="帮扶方 / Donor districts"
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          <Plus />
          新建 / Create
        </Button>
      }
    >
      {donors.isPending ? (
        <LoadingRows rows={2} />
      ) : donors.isError ? (
        <ErrorState error={donors.error} />
      ) : records.length === 0 ? (
        <EmptyState message="还没有帮扶方 / No donor districts yet" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>名称 / Name</Table.HeaderCell>
              <Table.HeaderCell>英文名 / English</Table.HeaderCell>
              <Table.HeaderCell>代码 / Code</Table.HeaderCell>
              <Table.HeaderCell className="w-12" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {records.map((record) => (
              <Table.Row key={record.id}>
                <Table.Cell>{record.name}</Table.Cell>
                <Table.Cell>{record.name_en}</Table.Cell>
                <Table.Cell className="font-mono text-ui-fg-subtle">{record.code}</Table.Cell>
                <Table.Cell>
                  <DeleteButton name={record.name} onDelete={() => remove.mutate(record.id)} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <FormDrawer
        open={creating}
        onOpenChange={setCreating}
        title="新建帮扶方 / New donor district"
        pending={save.isPending}
        onSubmit={() => save.mutate({ body: donor })}
      >
        <Field id="donor-code" label="代码 / Code" hint="例如 / e.g. sh-changning">
          <Input
            id="donor-code"
            value={donor.code}
            onChange={(event) => setDonor({ ...donor, code: event.target.value })}
          />
        </Field>
        <Field id="donor-name" label="名称 / Name (中文)">
          <Input
            id="donor-name"
            value={donor.name}
            onChange={(event) => setDonor({ ...donor, name: event.target.value })}
          />
        </Field>
        <Field id="donor-name-en" label="英文名 / Name (English)">
          <Input
            id="donor-name-en"
            value={donor.name_en}
            onChange={(event) => setDonor({ ...donor, name_en: event.target.value })}
          />
        </Field>
      </FormDrawer>
    </Section>
  )
}
