import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { DeleteButton } from "../../../components/delete-button"
import { EmptyState, ErrorState, LoadingRows } from "../../../components/query-state"
import { RegionForm } from "../../../components/regions/region-form"
import { flattenRegionTree } from "../../../components/regions/region-tree"
import { Section } from "../../../components/section"
import { useAidRecords, useDeleteAidRecord } from "../../../lib/aid-records"
import { regionLevelLabels, type RegionLevel } from "../../../lib/aid-types"

const levelColor: Record<RegionLevel, "purple" | "blue" | "green"> = {
  province: "purple",
  prefecture: "blue",
  county: "green",
}

/** The aid region tree: province → prefecture (州/市) → county (县/区). */
const AidRegionsPage = () => {
  const regions = useAidRecords("regions")
  const remove = useDeleteAidRecord("regions")
  const [creating, setCreating] = useState(false)
  const tree = flattenRegionTree(regions.data?.records ?? [])

  return (
    <Section
      title="受援地区 / Aid regions"
      description="省 → 州/市 → 县/区 / Province → prefecture → county"
      actions={
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          <Plus />
          新建 / Create
        </Button>
      }
    >
      {regions.isPending ? (
        <LoadingRows />
      ) : regions.isError ? (
        <ErrorState error={regions.error} />
      ) : tree.length === 0 ? (
        <EmptyState message="还没有地区 / No regions yet" />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>名称 / Name</Table.HeaderCell>
              <Table.HeaderCell>级别 / Level</Table.HeaderCell>
              <Table.HeaderCell>代码 / Code</Table.HeaderCell>
              <Table.HeaderCell className="w-12" />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {tree.map((region) => (
              <Table.Row key={region.id}>
                <Table.Cell>
                  <div
                    className="flex items-baseline gap-x-2"
                    style={{ paddingLeft: `${region.depth * 24}px` }}
                  >
                    {region.depth > 0 ? <span className="text-ui-fg-muted">└</span> : null}
                    <Text size="small" weight="plus">
                      {region.name}
                    </Text>
                    <Text size="small" className="text-ui-fg-subtle">
                      {region.name_en}
                    </Text>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={levelColor[region.level]}>
                    {regionLevelLabels[region.level]}
                  </Badge>
                </Table.Cell>
                <Table.Cell className="font-mono text-ui-fg-subtle">{region.code}</Table.Cell>
                <Table.Cell>
                  <DeleteButton
                    name={region.name}
                    disabled={remove.isPending}
                    onDelete={() => remove.mutate(region.id)}
                  />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <RegionForm open={creating} onOpenChange={setCreating} regions={tree} />
    </Section>
  )
}

export const config = defineRouteConfig({ label: "地区 / Regions", rank: 1 })

export default AidRegionsPage
