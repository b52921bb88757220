import { readFileSync } from "node:fs"

import { z } from "zod"

// Read on the server at request/start time; nothing here is inlined into client bundles.

/** Unset and empty are the same thing for an env variable: both mean "use the default" or "missing". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema)

const httpUrl = (fallback: string) =>
  optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default(fallback))

const buildSafeShape = {
  MEDUSA_BACKEND_URL: httpUrl("http://localhost:9000"),
  // The backend as browsers reach it, which its file URLs begin with; only set when that differs from
  // MEDUSA_BACKEND_URL (docker compose: the public port, while the storefront calls `backend:9000`).
  MEDUSA_BACKEND_PUBLIC_URL: optional(
    z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()
  ),
  NEXT_PUBLIC_BASE_URL: httpUrl("http://localhost:8000"),
  NODE_ENV: optional(z.enum(["development", "test", "production"]).default("development")),
}

/** Variables that have safe defaults, so `next build` and `next.config.ts` can read them without secrets. */
const buildSafeSchema = z.object(buildSafeShape)

const serverSchema = z.object({
  ...buildSafeShape,
  MEDUSA_PUBLISHABLE_KEY: optional(
    z
      .string({
        error: "is required (the Medusa publishable API key, pk_...)",
      })
      .startsWith("pk_", { error: "must start with pk_" })
  ),
})

export type BuildSafeEnv = z.infer<typeof buildSafeSchema>
export type ServerEnv = z.infer<typeof serverSchema>
export type EnvSource = Readonly<Record<string, string | undefined>>

export class InvalidEnvError extends Error {
  override name = "InvalidEnvError"
}

function parseWith<T extends z.ZodType>(schema: T, source: EnvSource): z.infer<T> {
  const result = schema.safeParse(source)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`)
  throw new InvalidEnvError(`Invalid environment variables: ${problems.join("; ")}`)
}

/** Parses everything the server needs to talk to the backend; throws one line naming each bad variable. */
export function parseServerEnv(source: EnvSource): ServerEnv {
  return parseWith(serverSchema, source)
}

export function parseBuildSafeEnv(source: EnvSource): BuildSafeEnv {
  return parseWith(buildSafeSchema, source)
}

let serverEnv: ServerEnv | undefined

/** In docker compose the seed writes the key to a shared file; MEDUSA_PUBLISHABLE_KEY still wins when set. */
export function withPublishableKeyFile(source: EnvSource): EnvSource {
  const file = source.MEDUSA_PUBLISHABLE_KEY_FILE
  if (source.MEDUSA_PUBLISHABLE_KEY || !file) return source
  try {
    return { ...source, MEDUSA_PUBLISHABLE_KEY: readFileSync(file, "utf8").trim() }
  } catch {
    // Not written yet: validation then names MEDUSA_PUBLISHABLE_KEY as missing.
    return source
  }
}

/** Validated on first use (a request, or instrumentation at server start), never at build time. */
export function getServerEnv(): ServerEnv {
  serverEnv ??= parseServerEnv(withPublishableKeyFile(process.env))
  return serverEnv
}

export function getBuildSafeEnv(): BuildSafeEnv {
  return parseBuildSafeEnv(process.env)
}

/**
 * Reads env with `read`; when it is invalid, prints the one-line reason and exits, so a server or build
 * stops at once instead of failing every request or printing a stack trace.
 */
export function readEnvOrExit<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error
    console.error(`✗ ${error.message}`)
    process.exit(1)
  }
}
