import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { benchAidImpact } from "../tests/bench/aid-impact"
import { root, scriptEnv } from "./lib/env"
import { ensureDatabase, startDatabase, type Database } from "./lib/postgres"
import { run, stopAll } from "./lib/processes"

/**
 * Speed figures that are measured, never asserted in tests: the aid impact report over a million
 * ledger entries. Uses a `heartlink_bench` database beside DATABASE_URL, or a throwaway embedded PostgreSQL.
 */
const env = scriptEnv()
let database: Database | undefined
let scratch: string | undefined

async function benchDatabase(): Promise<Database> {
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL)
    url.pathname = "/heartlink_bench"
    // A fresh database each run, so every run measures the same generated data.
    const admin = new pg.Client({ connectionString: new URL("/postgres", url).toString() })
    await admin.connect()
    await admin.query("drop database if exists heartlink_bench with (force)").finally(() => admin.end())
    await ensureDatabase(url.toString())
    return { url: url.toString(), stop: async () => {}, embedded: false }
  }
  scratch = mkdtempSync(path.join(os.tmpdir(), "heartlink-bench-pg-"))
  delete process.env.DATABASE_URL
  return startDatabase({
    dataDir: scratch,
    port: env.EMBEDDED_PG_PORT + 2,
    database: "heartlink_bench",
    log: console.log,
  })
}

async function main() {
  console.log("[1/3] Database …")
  database = await benchDatabase()
  console.log("[2/3] Migrations (medusa db:migrate) …")
  await run(path.join(root, "node_modules", ".bin", "medusa"), ["db:migrate"], {
    cwd: path.join(root, "backend"),
    env: { DATABASE_URL: database.url, NODE_ENV: "development" },
    label: "migrate",
  })
  console.log("[3/3] Aid impact report over generated entries …")
  const result = await benchAidImpact(database.url, console.log)
  console.log(`\nAid impact report, ${result.entries.toLocaleString("en")} entries over one year`)
  console.log("| query | runs | median ms | p95 ms | rows |")
  console.log("|---|---:|---:|---:|---:|")
  for (const t of result.timings) {
    console.log(`| ${t.name} | ${t.runs} | ${t.median.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.rows} |`)
  }
}

async function cleanup() {
  await stopAll()
  await database?.stop().catch(() => {})
  if (scratch) rmSync(scratch, { recursive: true, force: true })
}

process.on("SIGINT", () => void cleanup().then(() => process.exit(130)))
main()
  .then(cleanup)
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    await cleanup()
    process.exit(1)
  })
