import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import path from "node:path"
import { isBuilt, markBuilt, sourceHash } from "./lib/build-cache"
import { dataDir, localSecrets, root, scriptEnv } from "./lib/env"
import { startDatabase, type Database } from "./lib/postgres"
import { run, startProcess, stopAll, waitForUrl } from "./lib/processes"

const env = scriptEnv()
const backendDir = path.join(root, "backend")
const serverDir = path.join(backendDir, ".medusa", "server")
const storefrontDir = path.join(root, "storefront")
const bin = (name: string) => path.join(root, "node_modules", ".bin", name)
const keyFile = path.join(dataDir, "publishable-key")
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
  const backendEnv = {
    ...localSecrets(),
    DATABASE_URL: database.url,
    PORT: String(env.BACKEND_PORT),
    PUBLISHABLE_KEY_FILE: keyFile,
  }

  await buildIfChanged(
    1,
    "backend",
    [
      path.join(backendDir, "src"),
      path.join(backendDir, "medusa-config.ts"),
      path.join(backendDir, "package.json"),
    ],
    serverDir
  )
  keepUploadsInDataDir()

  step(2)
  await run(bin("medusa"), ["db:migrate"], { cwd: serverDir, env: backendEnv, label: "migrate", quiet: true })
  step(3, "adds only what is missing")
  await run(bin("medusa"), ["exec", "./src/scripts/seed.js"], {
    cwd: serverDir,
    env: { NODE_ENV: process.env.NODE_ENV ?? "development", ...backendEnv },
    label: "seed",
  })

  step(4, `http://localhost:${env.BACKEND_PORT}`)
  // Production mode serves the admin that `medusa build` compiled, instead of a Vite dev server.
  const backend = startProcess(bin("medusa"), ["start"], {
    cwd: serverDir,
    env: { ...backendEnv, NODE_ENV: "production" },
    label: "backend",
  })
  watch(backend, "backend")
  await waitForUrl(`http://localhost:${env.BACKEND_PORT}/health`, backend, "backend")

  await buildIfChanged(
    5,
    "storefront",
    [
      path.join(storefrontDir, "src"),
      path.join(storefrontDir, "next.config.ts"),
      path.join(storefrontDir, "package.json"),
      path.join(storefrontDir, "public"),
    ],
    path.join(storefrontDir, ".next", "BUILD_ID")
  )
  step(6, `http://localhost:${env.STOREFRONT_PORT}`)
  const storefront = startProcess(bin("next"), ["start", "-p", String(env.STOREFRONT_PORT)], {
    cwd: storefrontDir,
    env: {
      MEDUSA_BACKEND_URL: `http://localhost:${env.BACKEND_PORT}`,
      MEDUSA_PUBLISHABLE_KEY: readFileSync(keyFile, "utf8").trim(),
      NEXT_PUBLIC_BASE_URL: `http://localhost:${env.STOREFRONT_PORT}`,
    },
    label: "storefront",
  })
  watch(storefront, "storefront")
  await waitForUrl(`http://localhost:${env.STOREFRONT_PORT}/zh-CN`, storefront, "storefront")
  printWelcome()
}

async function buildIfChanged(
  index: number,
  app: "backend" | "storefront",
  sources: string[],
  output: string
) {
  const hash = sourceHash(sources)
  const stamp = path.join(dataDir, `${app}.build-hash`)
  if (isBuilt(stamp, output, hash)) {
    step(index, "unchanged since the last build, skipped")
    return
  }
  step(index, "a few minutes on the first start")
  const started = Date.now()
  await run("npm", ["run", "build", "-w", `@heartlink/${app}`], { cwd: root, label: app })
  markBuilt(stamp, hash)
  console.log(`    built in ${Math.round((Date.now() - started) / 1000)} s`)
}

/** Uploaded files live in .data/static, so rebuilding the backend never loses them. */
function keepUploadsInDataDir() {
  const uploads = path.join(dataDir, "static")
  const served = path.join(serverDir, "static")
  mkdirSync(uploads, { recursive: true })
  if (existsSync(served) && !lstatSync(served).isSymbolicLink()) {
    rmSync(served, { recursive: true })
  }
  if (!existsSync(served)) {
    symlinkSync(uploads, served)
  }
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

main().catch(async (error: unknown) => {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
})
