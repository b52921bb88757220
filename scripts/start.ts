import path from "node:path"
import { dataDir, localSecrets, scriptEnv } from "./lib/env"
import {
  buildIfChanged,
  keepUploadsInDataDir,
  migrate,
  seed,
  startBackend,
  startStorefront,
  type App,
} from "./lib/market"
import { startDatabase, type Database } from "./lib/postgres"
import { stopAll, type startProcess } from "./lib/processes"

const env = scriptEnv()
const steps = [
  "PostgreSQL",
  "build the backend",
  "migrations",
  "demo data",
  "start the backend",
  "build the storefront",
  "start the storefront",
]
let database: Database | undefined
let stopping = false

const step = (index: number, detail = "") =>
  console.log(`\x1b[1m[${index + 1}/${steps.length}] ${steps[index]}\x1b[0m${detail ? ` — ${detail}` : ""}`)

async function main() {
  step(
    0,
    env.DATABASE_URL ? "using DATABASE_URL" : `embedded, data in .data/postgres, port ${env.EMBEDDED_PG_PORT}`
  )
  database = await startDatabase({
    dataDir: path.join(dataDir, "postgres"),
    port: env.EMBEDDED_PG_PORT,
    database: "heartlink",
    log: (line) => console.log(line),
  })
  const settings = {
    databaseUrl: database.url,
    port: env.BACKEND_PORT,
    storefrontPort: env.STOREFRONT_PORT,
    secrets: localSecrets(),
    keyFile: path.join(dataDir, "publishable-key"),
  }

  await build(1, "backend")
  keepUploadsInDataDir()
  step(2)
  await migrate(settings)
  step(3, "adds only what is missing")
  await seed(settings)

  step(4, `http://localhost:${env.BACKEND_PORT}`)
  watch(await startBackend(settings), "backend")

  await build(5, "storefront")
  step(6, `http://localhost:${env.STOREFRONT_PORT}`)
  watch(await startStorefront(settings), "storefront")
  printWelcome()
}

async function build(index: number, app: App) {
  const built = await buildIfChanged(app, () => step(index, "a few minutes on the first start"))
  if (!built) step(index, "unchanged since the last build, skipped")
}

function watch(child: ReturnType<typeof startProcess>, label: string) {
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`\n${label} stopped unexpectedly (exit code ${code}); shutting down.`)
      void shutdown(1)
    }
  })
}

function printWelcome() {
  const email = (handle: string) => `${handle}@heartlink.local`
  console.log(`
\x1b[1m心连心 Heartlink is running\x1b[0m
  Storefront   http://localhost:${env.STOREFRONT_PORT}/zh-CN   (English: /en)
  Admin        http://localhost:${env.BACKEND_PORT}/app
  Store API    http://localhost:${env.BACKEND_PORT}/store

Demo logins (password heartlink-demo):
  Staff (admin)        staff@heartlink.local
  Cooperative members  ${email("jingtai-wufo-honey")}, ${email("honghe-embroidery")}, … (one per cooperative)

Press Ctrl-C to stop everything.`)
}

async function shutdown(code: number) {
  if (stopping) {
    return
  }
  stopping = true
  console.log("\nStopping the storefront, the backend and PostgreSQL …")
  await stopAll()
  await database?.stop().catch((error: unknown) => console.error(`postgres: ${String(error)}`))
  console.log("Stopped.")
  process.exit(code)
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))
process.on("SIGHUP", () => void shutdown(0))

main().catch(async (error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
})
