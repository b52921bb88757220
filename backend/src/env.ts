import { randomBytes } from "node:crypto"
import { z } from "@medusajs/framework/zod"

const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1")

const cors = z.string().min(1).describe("comma-separated origins, e.g. http://localhost:8000")

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url().optional(),
    REDIS_URL: z.url().optional(),
    MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
    DISABLE_MEDUSA_ADMIN: booleanFlag.default(false),
    JWT_SECRET: z.string().min(16).optional(),
    COOKIE_SECRET: z.string().min(16).optional(),
    STORE_CORS: cors.default("http://localhost:8000"),
    ADMIN_CORS: cors.default("http://localhost:9000,http://localhost:5173"),
    AUTH_CORS: cors.default("http://localhost:8000,http://localhost:9000,http://localhost:5173"),
    MEDUSA_BACKEND_URL: z.url().default("http://localhost:9000"),
    // Where emailed links (cooperative invites, password resets) send members: the storefront's portal.
    STOREFRONT_URL: z.url().default("http://localhost:8000"),
    MEILISEARCH_HOST: z.url().optional(),
    MEILISEARCH_API_KEY: z.string().optional(),
    STRIPE_API_KEY: z.string().startsWith("sk_").optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_").optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") {
      return
    }
    for (const key of ["JWT_SECRET", "COOKIE_SECRET", "DATABASE_URL"] as const) {
      if (!env[key]) {
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: "is required in production",
        })
      }
    }
  })

export type BackendEnv = z.infer<typeof schema> & {
  JWT_SECRET: string
  COOKIE_SECRET: string
}

/** Reads process.env once; a bad variable stops start-up with one line that names it. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): BackendEnv {
  const blankAsUnset = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== "")
  )
  const result = schema.safeParse(blankAsUnset)
  if (!result.success) {
    const issue = result.error.issues[0]
    const name = issue?.path.join(".") || "environment"
    throw new EnvError(`Invalid environment variable ${name}: ${issue?.message ?? "invalid"}`)
  }
  // Outside production a throwaway secret is fine: sessions simply end when the process restarts.
  const devSecret = () => randomBytes(32).toString("hex")
  return {
    ...result.data,
    JWT_SECRET: result.data.JWT_SECRET ?? devSecret(),
    COOKIE_SECRET: result.data.COOKIE_SECRET ?? devSecret(),
  }
}

export class EnvError extends Error {
  name = "EnvError"
}
