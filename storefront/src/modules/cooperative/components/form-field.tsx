import type { ReactNode } from "react"

import { inputClass, labelClass } from "./styles"

type FormFieldProps = {
  id: string
  label: string
  hint?: string
  /** The words of this field's error, shown under it and read out with it. */
  error?: string
  children: ReactNode
}

/** A label, its control, a hint and the field's own error message; the control points at both by id. */
export function FormField({ id, label, hint, error, children }: FormFieldProps) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/** The aria attributes a control inside FormField needs. */
export function fieldAria(id: string, options: { error?: string; hint?: string }) {
  const describedBy = options.error ? `${id}-error` : options.hint ? `${id}-hint` : undefined
  return { "aria-invalid": options.error ? true : undefined, "aria-describedby": describedBy }
}

type EmailFieldProps = { id: string; label: string; error?: string; defaultValue?: string }

/** A member's login email: the address password managers file the account under. */
export function EmailField({ id, label, error, defaultValue }: EmailFieldProps) {
  return (
    <FormField id={id} label={label} error={error}>
      <input
        id={id}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={defaultValue}
        className={inputClass}
        {...fieldAria(id, { error })}
      />
    </FormField>
  )
}
