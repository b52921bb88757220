import type { ActionResult } from "./result"

/**
 * What a portal form's action answers: an ActionResult, plus the values sent (React empties a form after its
 * action runs, so the form shows them again) and, for many-field forms, a code for every field that is wrong.
 */
export type FormState<
  T,
  Code extends string,
  Values = Record<string, string>,
  FieldCode extends string = Code,
> = (ActionResult<T, Code> & { values?: Values; fields?: Record<string, FieldCode> }) | null
