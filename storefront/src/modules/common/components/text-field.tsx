import type { InputHTMLAttributes } from "react"

type TextFieldProps = {
  name: string
  label: string
  error?: string | null
  hint?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, error, hint, className, ...input }: TextFieldProps) {
  const id = `field-${name}`
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-stone-800">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 text-base aria-invalid:border-red-600 focus-visible:outline-2 focus-visible:outline-brand-600"
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
