import { createHash, randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import type { TestProject } from "vitest/node"
import {
  buildIfChanged,
  keepUploadsInDataDir,
  migrate,
  seed,
  startBackend,
  startStorefront,
  type BackendSettings,
} from "../../../scripts/lib/market"
import { root } from "../../../scripts/lib/env"
import { ensureDatabase } from "../../../scripts/lib/postgres"
import { stopAll } from "../../../scripts/lib/processes"
import type { Market } from "./market"

declare module "vitest" {
  export interface ProvidedContext {
    market: Market
  }
}

/** A free TCP port, so the e2e market runs beside a developer's `npm start`. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * A fresh database beside DATABASE_URL, so every run starts from the same demo data; named after the
 * checkout, so two checkouts on one server keep apart.
 */
async function freshDatabase(): Promise<string> {
  const base = process.env.DATABASE_URL
  if (!base) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm test`")
  const name = `heartlink_e2e_${createHash("sha1").update(root).digest("hex").slice(0, 8)}`
  const url = new URL(base)
  url.pathname = `/${name}`
  const admin = new pg.Client({ connectionString: new URL("/postgres", url).toString() })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`).finally(() => admin.end())
  await ensureDatabase(url.toString())
  return url.toString()
}

export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[e2e] ${line}`)
  log("building the backend and the storefront (skipped when unchanged) …")
  await buildIfChanged("backend")
  await buildIfChanged("storefront")
  keepUploadsInDataDir()
  const secret = () => randomBytes(32).toString("hex")
  const settings: BackendSettings = {
    databaseUrl: await freshDatabase(),
    port: await freePort(),
    storefrontPort: await freePort(),
    secrets: { JWT_SECRET: secret(), COOKIE_SECRET: secret() },
    keyFile: path.join(mkdtempSync(path.join(os.tmpdir(), "heartlink-e2e-")), "publishable-key"),
    quiet: true,
  }
  log("migrating and seeding the demo market …")
  await migrate(settings)
  await seed(settings)
  log(`starting the backend on :${settings.port} and the storefront on :${settings.storefrontPort} …`)
  await startBackend(settings)
  await startStorefront(settings)
  project.provide("market", {
    backendUrl: `http://localhost:${settings.port}`,
    storefrontUrl: `http://localhost:${settings.storefrontPort}`,
    databaseUrl: settings.databaseUrl,
    publishableKey: readFileSync(settings.keyFile, "utf8").trim(),
  })
  return async () => {
    await stopAll()
  }
}
