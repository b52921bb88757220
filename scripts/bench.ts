import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { benchAidImpact } from "../tests/bench/aid-impact"
import { benchStorefront } from "../tests/bench/storefront"
import { ensureChromium } from "./lib/chromium"
import { root, scriptEnv } from "./lib/env"
import { ensureDatabase, startDatabase, type Database } from "./lib/postgres"
import { deprioritizeChildren, run, stopAll } from "./lib/processes"
import { startThrowawayMarket } from "./lib/throwaway-market"

/**
 * Speed figures that are measured, never asserted in tests:
 * - `impact`: the aid impact report over a million ledger entries (a fresh `heartlink_bench` database);
 * - `web`: Lighthouse on the storefront's home, listing and product pages (production builds, demo data).
 * `npm run bench` runs both; `npm run bench -- web` (or `impact`) one. Uses DATABASE_URL's server, or a
 * throwaway embedded PostgreSQL.
 */
const env = scriptEnv()
const chosen = process.argv.slice(2).filter((arg) => arg === "impact" || arg === "web")
const parts = chosen.length > 0 ? chosen : ["impact", "web"]
let database: Database | undefined
let scratch: string | undefined

async function serverUrl(): Promise<string> {
  if (env.DATABASE_URL) return env.DATABASE_URL
  scratch = mkdtempSync(path.join(os.tmpdir(), "heartlink-bench-pg-"))
  delete process.env.DATABASE_URL
  database = await startDatabase({
    dataDir: scratch,
    port: env.EMBEDDED_PG_PORT + 2,
    database: "heartlink_bench",
    log: console.log,
  })
  return database.url
}

async function impactDatabase(server: string): Promise<string> {
  const url = new URL(server)
  url.pathname = "/heartlink_bench"
  // A fresh database each run, so every run measures the same generated data.
  const admin = new pg.Client({ connectionString: new URL("/postgres", url).toString() })
  await admin.connect()
  await admin.query("drop database if exists heartlink_bench with (force)").finally(() => admin.end())
  await ensureDatabase(url.toString())
  return url.toString()
}

async function benchImpact(server: string) {
  console.log("[impact 1/2] Migrations (medusa db:migrate) …")
  const url = await impactDatabase(server)
  await run(path.join(root, "node_modules", ".bin", "medusa"), ["db:migrate"], {
    cwd: path.join(root, "backend"),
    env: { DATABASE_URL: url, NODE_ENV: "development" },
    label: "migrate",
  })
  console.log("[impact 2/2] Aid impact report over generated entries …")
  const result = await benchAidImpact(url, console.log)
  console.log(`\nAid impact report, ${result.entries.toLocaleString("en")} entries over one year`)
  console.log("| query | runs | median ms | p95 ms | rows |")
  console.log("|---|---:|---:|---:|---:|")
  for (const t of result.timings) {
    console.log(`| ${t.name} | ${t.runs} | ${t.median.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.rows} |`)
  }
}

async function benchWeb(server: string) {
  ensureChromium()
  console.log("[web 1/2] The market, production builds on demo data …")
  const market = await startThrowawayMarket(server, "heartlink_bench_web", (line) =>
    console.log(`    ${line}`)
  )
  // Lighthouse emulates a phone from this machine's CPU; in a real shop the servers run elsewhere, so here they
  // only get the cores the browser leaves (they still answer every request, just not ahead of the page).
  deprioritizeChildren()
  console.log("[web 2/2] Lighthouse, mobile (the servers at the lowest CPU priority) …")
  const results = await benchStorefront(market, (line) => console.log(`    ${line}`))
  await stopAll()
  console.log("\nStorefront, Lighthouse mobile (median of the runs)")
  console.log(
    "| page | path | performance | runs | accessibility | best practices | first-load JS (KB, compressed) | LCP ms | CLS |"
  )
  console.log("|---|---|---:|---|---:|---:|---:|---:|---:|")
  for (const r of results) {
    const s = r.scores
    console.log(
      `| ${r.page} | ${r.path} | ${s.performance} | ${r.performanceRuns.join(" ")} | ${s.accessibility} | ${s["best-practices"]} | ${r.firstLoadJsKb} | ${r.lcpMs} | ${r.cls.toFixed(3)} |`
    )
  }
}

async function main() {
  const server = await serverUrl()
  if (parts.includes("impact")) await benchImpact(server)
  if (parts.includes("web")) await benchWeb(server)
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
