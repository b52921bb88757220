import type { Messages } from "@/i18n/messages"

/** The words for a failure that belongs to no field (backend down, session over); "unexpected" otherwise. */
export function generalErrorWords(errors: Messages["portal"]["errors"], code: string): string {
  return Object.hasOwn(errors, code) ? errors[code as keyof typeof errors] : errors.unexpected
}
