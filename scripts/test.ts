import { mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ensureChromium } from "./lib/chromium"
import { root, scriptEnv } from "./lib/env"
import { bin } from "./lib/market"
import { startDatabase, type Database } from "./lib/postgres"
import { run, stopAll } from "./lib/processes"

/**
 * Every suite: backend unit + HTTP integration + module tests, storefront tests.
 * Uses DATABASE_URL / REDIS_URL when set; otherwise a throwaway embedded PostgreSQL.
 */
const env = scriptEnv()
let database: Database | undefined
let scratch: string | undefined
const totals = { passed: 0, failed: 0 }

const ansi = new RegExp(String.fromCharCode(27) + "\\[[0-9;]*m", "g")

/** Adds up Vitest's "Tests  N failed | M passed (K)" summary lines from every suite. */
function countTests(line: string) {
  const summary = /\bTests\s+(.+)\(\d+\)\s*$/.exec(line.replace(ansi, ""))?.[1]
  if (summary) {
    totals.passed += Number(/(\d+) passed/.exec(summary)?.[1] ?? 0)
    totals.failed += Number(/(\d+) failed/.exec(summary)?.[1] ?? 0)
  }
}

async function main() {
  if (!env.DATABASE_URL) {
    scratch = mkdtempSync(path.join(os.tmpdir(), "heartlink-test-pg-"))
    console.log("No DATABASE_URL: starting an embedded PostgreSQL for the tests …")
  }
  database = await startDatabase({
    dataDir: scratch ?? "",
    port: env.EMBEDDED_PG_PORT + 1,
    database: "heartlink_test",
    log: (line) => console.log(line),
  })
  const testEnv = { DATABASE_URL: database.url, FORCE_COLOR: "1" }
  const failures: string[] = []
  // Every suite runs even when an earlier one fails, so one run shows everything that is red.
  const suite = (label: string, command: string, args: string[]) =>
    run(command, args, { cwd: root, env: testEnv, label, onLine: countTests }).catch((error: unknown) => {
      failures.push(error instanceof Error ? error.message : String(error))
    })
  await suite("test", bin("turbo"), ["run", "test", "--concurrency=1", "--log-order=stream"])
  ensureChromium()
  await suite("e2e", bin("vitest"), ["run", "--config", "tests/e2e/vitest.config.ts"])
  if (failures.length > 0) throw new Error(failures.join("; "))
}

async function cleanup() {
  await stopAll()
  await database?.stop().catch(() => {})
  if (scratch) {
    rmSync(scratch, { recursive: true, force: true })
  }
}

process.on("SIGINT", () => void cleanup().then(() => process.exit(130)))
process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)))

main()
  .then(async () => {
    await cleanup()
    console.log(`${totals.passed} passed, ${totals.failed} failed`)
  })
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    await cleanup()
    console.log(`${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`)
    process.exit(1)
  })
