import { Label, Select, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FieldProps = { id: string; label: string; hint?: string; children: ReactNode }

/** A label above its control, with an optional hint below. */
export function Field({ id, label, hint, children }: FieldProps) {
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      {children}
      {hint ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {hint}
        </Text>
      ) : null}
    </div>
  )
}

export type Option = { value: string; label: string }

type SelectFieldProps = {
  id: string
  value: string
  onChange: (value: string) => void
  options: readonly Option[]
  placeholder?: string
  disabled?: boolean
}

/** A select over plain options; an empty value shows the placeholder. */
export function SelectField({ id, value, onChange, options, placeholder, disabled }: SelectFieldProps) {
  return (
    <Select value={value || undefined} onValueChange={onChange} disabled={disabled}>
      <Select.Trigger id={id}>
        <Select.Value placeholder={placeholder ?? "请选择 / Choose"} />
      </Select.Trigger>
      <Select.Content>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
