/** What every server action answers: data, or an error code the UI turns into words from the catalogue. */
export type ActionResult<T = undefined, Code extends string = string> =
  | { ok: true; data: T }
  | { ok: false; error: Code; field?: string }

export const ok = <T>(data: T): ActionResult<T, never> => ({ ok: true, data })

export const fail = <Code extends string>(error: Code, field?: string): ActionResult<never, Code> =>
  field === undefined ? { ok: false, error } : { ok: false, error, field }
