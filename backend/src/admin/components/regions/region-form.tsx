import { Input } from "@medusajs/ui"
import { useState } from "react"
import { useSaveAidRecord } from "../../lib/aid-records"
import { regionLevelLabels, type RegionLevel } from "../../lib/aid-types"
import { Field, SelectField } from "../field"
import { FormDrawer } from "../form-drawer"
import type { RegionNode } from "./region-tree"

const parentLevel: Record<RegionLevel, RegionLevel | null> = {
  province: null,
  prefecture: "province",
  county: "prefecture",
}

const levels = (Object.keys(regionLevelLabels) as RegionLevel[]).map((level) => ({
  value: level,
  label: regionLevelLabels[level],
}))

const isLevel = (value: string): value is RegionLevel => value in regionLevelLabels

const empty = { code: "", level: "county" as RegionLevel, name: "", name_en: "", parent_id: "" }

type RegionFormProps = { open: boolean; onOpenChange: (open: boolean) => void; regions: RegionNode[] }

/** Creates a province, prefecture or county; a prefecture's parent is a province, a county's a prefecture. */
export function RegionForm({ open, onOpenChange, regions }: RegionFormProps) {
  const [region, setRegion] = useState(empty)
  const save = useSaveAidRecord("regions", {
    success: "地区已创建 / Region created",
    onSaved: () => {
      setRegion(empty)
      onOpenChange(false)
    },
  })
  const wantedParent = parentLevel[region.level]
  const parents = regions
    .filter((candidate) => candidate.level === wantedParent)
    .map((candidate) => ({ value: candidate.id, label: candidate.path }))

  const submit = () =>
    save.mutate({
      body: {
        code: region.code,
        level: region.level,
        name: region.name,
        name_en: region.name_en,
        parent_id: wantedParent ? region.parent_id || null : null,
      },
    })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="新建地区 / New region"
      pending={save.isPending}
      onSubmit={submit}
    >
      <Field id="region-level" label="级别 / Level">
        <SelectField
          id="region-level"
          value={region.level}
          options={levels}
          onChange={(level) => {
            if (isLevel(level)) setRegion({ ...region, level, parent_id: "" })
          }}
        />
      </Field>
      {wantedParent ? (
        <Field id="region-parent" label={`上级 / Parent (${regionLevelLabels[wantedParent]})`}>
          <SelectField
            id="region-parent"
            value={region.parent_id}
            options={parents}
            onChange={(parent_id) => setRegion({ ...region, parent_id })}
          />
        </Field>
      ) : null}
      <Field
        id="region-code"
        label="代码 / Code"
        hint="小写字母、数字、短横线 / lowercase, digits, dashes: yn-honghe"
      >
        <Input
          id="region-code"
          value={region.code}
          onChange={(event) => setRegion({ ...region, code: event.target.value })}
        />
      </Field>
      <Field id="region-name" label="名称 / Name (中文)">
        <Input
          id="region-name"
          value={region.name}
          onChange={(event) => setRegion({ ...region, name: event.target.value })}
        />
      </Field>
      <Field id="region-name-en" label="英文名 / Name (English)">
        <Input
          id="region-name-en"
          value={region.name_en}
          onChange={(event) => setRegion({ ...region, name_en: event.target.value })}
        />
      </Field>
    </FormDrawer>
  )
}
