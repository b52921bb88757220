// The shop's button looks, shared by links and buttons.
const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-full px-5 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-50"

export const primaryButton = `${base} bg-brand-600 text-white hover:bg-brand-700`
export const secondaryButton = `${base} border border-stone-300 bg-white text-stone-800 hover:bg-stone-50`
export const quietButton = `${base} px-3 text-stone-600 hover:bg-stone-100 hover:text-stone-900`
