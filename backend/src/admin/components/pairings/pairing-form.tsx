import { Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useAidRecords, useSaveAidRecord } from "../../lib/aid-records"
import { regionLevelLabels } from "../../lib/aid-types"
import { Field, SelectField } from "../field"
import { FormDrawer } from "../form-drawer"
import { flattenRegionTree } from "../regions/region-tree"

const empty = { donor_id: "", region_id: "", since_year: String(new Date().getFullYear()), note: "" }

type PairingFormProps = { open: boolean; onOpenChange: (open: boolean) => void }

/** Pairs a donor district with an aid region (any level) from a given year. */
export function PairingForm({ open, onOpenChange }: PairingFormProps) {
  const [pairing, setPairing] = useState(empty)
  const donors = useAidRecords("donors")
  const regions = useAidRecords("regions")
  const save = useSaveAidRecord("pairings", {
    success: "对口关系已创建 / Pairing created",
    onSaved: () => {
      setPairing(empty)
      onOpenChange(false)
    },
  })
  const donorOptions = (donors.data?.records ?? []).map((donor) => ({
    value: donor.id,
    label: `${donor.name} / ${donor.name_en}`,
  }))
  const regionOptions = flattenRegionTree(regions.data?.records ?? []).map((region) => ({
    value: region.id,
    label: `${region.path} (${regionLevelLabels[region.level]})`,
  }))

  const submit = () =>
    save.mutate({
      body: {
        donor_id: pairing.donor_id,
        region_id: pairing.region_id,
        since_year: Number(pairing.since_year),
        ...(pairing.note.trim() ? { note: pairing.note.trim() } : {}),
      },
    })

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="新建对口关系 / New pairing"
      pending={save.isPending}
      onSubmit={submit}
    >
      <Field id="pairing-donor" label="帮扶方 / Donor district">
        <SelectField
          id="pairing-donor"
          value={pairing.donor_id}
          options={donorOptions}
          onChange={(donor_id) => setPairing({ ...pairing, donor_id })}
        />
      </Field>
      <Field id="pairing-region" label="受援地 / Aid region">
        <SelectField
          id="pairing-region"
          value={pairing.region_id}
          options={regionOptions}
          onChange={(region_id) => setPairing({ ...pairing, region_id })}
        />
      </Field>
      <Field id="pairing-since" label="起始年份 / Since year">
        <Input
          id="pairing-since"
          type="number"
          min={1949}
          max={2100}
          value={pairing.since_year}
          onChange={(event) => setPairing({ ...pairing, since_year: event.target.value })}
        />
      </Field>
      <Field id="pairing-note" label="备注 / Note">
        <Textarea
          id="pairing-note"
          value={pairing.note}
          onChange={(event) => setPairing({ ...pairing, note: event.target.value })}
        />
      </Field>
    </FormDrawer>
  )
}
