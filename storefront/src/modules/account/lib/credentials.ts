import { z } from "zod"

export type AccountField = "email" | "password" | "name" | "phone"
export type AccountFieldError = "required" | "email" | "password" | "phone"

const email = z.string().trim().min(1, "required").pipe(z.email("email"))

export const LoginSchema = z.object({ email, password: z.string().min(1, "required") })

export const RegisterSchema = z.object({
  email,
  password: z.string().min(1, "required").min(8, "password"),
  name: z.string().trim().min(1, "required").max(60, "required"),
  phone: z
    .string()
    .trim()
    .transform((value) => value.replace(/[\s-]/g, "").replace(/^\+?86/, ""))
    .pipe(z.string().regex(/^(1[3-9]\d{9})?$/, "phone")),
})

export type FieldErrors = Partial<Record<AccountField, AccountFieldError>>

/** Each refused field with its reason, for the form to word from the catalogue. */
export function fieldErrors(issues: z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const field = issue.path[0] as AccountField
    errors[field] ??= issue.message as AccountFieldError
  }
  return errors
}

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNext(next: string, fallback: string): string {
  return /^\/(?!\/)[\w\-/.?=&%]*$/.test(next) ? next : fallback
}
