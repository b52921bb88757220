import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { z } from "zod"

export const root = path.resolve(__dirname, "..", "..")
export const dataDir = path.join(root, ".data")

const port = z.coerce.number().int().min(1).max(65535)

const schema = z.object({
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  BACKEND_PORT: port.default(9000),
  STOREFRONT_PORT: port.default(8000),
  EMBEDDED_PG_PORT: port.default(54329),
})

/** The orchestration scripts' own settings; one line naming the variable when one is wrong. */
export function scriptEnv() {
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""))
  const result = schema.safeParse(set)
  if (!result.success) {
    const issue = result.error.issues[0]
    console.error(`Invalid environment variable ${issue?.path.join(".")}: ${issue?.message}`)
    process.exit(1)
  }
  return result.data
}

/** Secrets for the local demo, made once and kept in .data so logins survive a restart. */
export function localSecrets() {
  mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, "secrets.json")
  if (!existsSync(file)) {
    const secret = () => randomBytes(32).toString("hex")
    writeFileSync(file, JSON.stringify({ JWT_SECRET: secret(), COOKIE_SECRET: secret() }), { mode: 0o600 })
  }
  return z
    .object({ JWT_SECRET: z.string(), COOKIE_SECRET: z.string() })
    .parse(JSON.parse(readFileSync(file, "utf8")))
}
