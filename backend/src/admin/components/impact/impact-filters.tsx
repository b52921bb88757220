import { Input, Label, Switch } from "@medusajs/ui"
import { groupings, type Grouping, type ImpactFilters } from "../../lib/impact"
import { Field, SelectField } from "../field"

type ImpactFiltersBarProps = {
  filters: ImpactFilters
  onChange: (filters: ImpactFilters) => void
}

const isGrouping = (value: string): value is Grouping => groupings.some((option) => option.value === value)

/** Grouping, date range and certified-only: the report, its chart and its CSV all follow these. */
export function ImpactFiltersBar({ filters, onChange }: ImpactFiltersBarProps) {
  const set = (patch: Partial<ImpactFilters>) => onChange({ ...filters, ...patch })
  return (
    <div className="grid grid-cols-1 items-end gap-4 px-6 py-4 md:grid-cols-2 xl:grid-cols-4">
      <Field id="impact-group-by" label="分组 / Group by">
        <SelectField
          id="impact-group-by"
          value={filters.group_by}
          options={groupings}
          onChange={(value) => {
            if (isGrouping(value)) set({ group_by: value })
          }}
        />
      </Field>
      <Field id="impact-from" label="开始日期 / From">
        <Input
          id="impact-from"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(event) => set({ from: event.target.value })}
        />
      </Field>
      <Field id="impact-to" label="结束日期 / To">
        <Input
          id="impact-to"
          type="date"
          value={filters.to}
          min={filters.from || undefined}
          onChange={(event) => set({ to: event.target.value })}
        />
      </Field>
      <div className="flex h-8 items-center gap-x-2">
        <Switch
          id="impact-certified-only"
          checked={filters.certified_only}
          onCheckedChange={(checked) => set({ certified_only: checked })}
        />
        <Label htmlFor="impact-certified-only" size="small">
          仅认定产品 / Certified only
        </Label>
      </div>
    </div>
  )
}
