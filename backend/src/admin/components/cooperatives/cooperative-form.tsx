import { Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useAidRecords, useSaveAidRecord } from "../../lib/aid-records"
import type { Cooperative } from "../../lib/aid-types"
import { Field, SelectField } from "../field"
import { FormDrawer } from "../form-drawer"
import { flattenRegionTree } from "../regions/region-tree"

type CooperativeFormProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The cooperative to edit; none to create one. */
  cooperative?: Cooperative
}

const draftOf = (cooperative?: Cooperative) => ({
  handle: cooperative?.handle ?? "",
  name: cooperative?.name ?? "",
  name_en: cooperative?.name_en ?? "",
  county_id: cooperative?.county_id ?? "",
  households: String(cooperative?.households ?? 0),
  story: cooperative?.story ?? "",
  story_en: cooperative?.story_en ?? "",
})

/** Creates or edits a cooperative; it lives in one county. */
export function CooperativeForm({ open, onOpenChange, cooperative }: CooperativeFormProps) {
  const [draft, setDraft] = useState(() => draftOf(cooperative))
  const regions = useAidRecords("regions")
  const save = useSaveAidRecord("cooperatives", {
    success: cooperative ? "合作社已保存 / Cooperative saved" : "合作社已创建 / Cooperative created",
    onSaved: () => {
      if (!cooperative) setDraft(draftOf())
      onOpenChange(false)
    },
  })
  const counties = flattenRegionTree(regions.data?.records ?? [])
    .filter((region) => region.level === "county")
    .map((region) => ({ value: region.id, label: region.path }))
  const set = (patch: Partial<typeof draft>) => setDraft({ ...draft, ...patch })
  // On edit an emptied story is cleared (null); on create it is left out.
  const text = (value: string) => (value.trim() ? value.trim() : cooperative ? null : undefined)

  const submit = () =>
    save.mutate({
      id: cooperative?.id,
      body: {
        handle: draft.handle,
        name: draft.name,
        name_en: draft.name_en,
        county_id: draft.county_id,
        households: Number(draft.households || 0),
        story: text(draft.story),
        story_en: text(draft.story_en),
      },
    })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title={cooperative ? `编辑合作社 / Edit ${cooperative.name}` : "新建合作社 / New cooperative"}
      pending={save.isPending}
      onSubmit={submit}
    >
      <Field id="coop-name" label="名称 / Name (中文)">
        <Input id="coop-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </Field>
      <Field id="coop-name-en" label="英文名 / Name (English)">
        <Input id="coop-name-en" value={draft.name_en} onChange={(e) => set({ name_en: e.target.value })} />
      </Field>
      <Field id="coop-handle" label="标识 / Handle" hint="用于网址 / used in URLs, e.g. jingtai-wufo-honey">
        <Input id="coop-handle" value={draft.handle} onChange={(e) => set({ handle: e.target.value })} />
      </Field>
      <Field id="coop-county" label="所在县/区 / County">
        <SelectField
          id="coop-county"
          value={draft.county_id}
          options={counties}
          onChange={(county_id) => set({ county_id })}
        />
      </Field>
      <Field id="coop-households" label="带动农户数 / Households supported">
        <Input
          id="coop-households"
          type="number"
          min={0}
          value={draft.households}
          onChange={(e) => set({ households: e.target.value })}
        />
      </Field>
      <Field id="coop-story" label="故事 / Story (中文)">
        <Textarea
          id="coop-story"
          rows={5}
          value={draft.story}
          onChange={(e) => set({ story: e.target.value })}
        />
      </Field>
      <Field id="coop-story-en" label="故事 / Story (English)">
        <Textarea
          id="coop-story-en"
          rows={5}
          value={draft.story_en}
          onChange={(e) => set({ story_en: e.target.value })}
        />
      </Field>
    </FormDrawer>
  )
}
