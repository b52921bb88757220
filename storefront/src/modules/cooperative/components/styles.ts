// The portal's shared control styles: 44 px touch targets and a visible focus ring everywhere.
const focus = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"

export const primaryButton = `inline-flex min-h-11 items-center justify-center gap-2 rounded-full bg-brand-600 px-5 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-60 ${focus}`

export const secondaryButton = `inline-flex min-h-11 items-center justify-center gap-2 rounded-full border border-stone-300 bg-white px-5 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60 ${focus}`

export const dangerButton = `inline-flex min-h-11 items-center justify-center gap-2 rounded-full bg-red-700 px-5 text-sm font-medium text-white hover:bg-red-800 ${focus}`

export const textLink = `inline-flex min-h-11 items-center text-sm text-brand-700 underline-offset-4 hover:underline ${focus}`

export const inputClass =
  "block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 placeholder:text-stone-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-600 aria-invalid:border-red-600"

export const labelClass = "block text-sm font-medium text-stone-800"

export const cardClass = "rounded-2xl border border-stone-200 bg-white p-4 sm:p-6"
