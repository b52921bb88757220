import { createHash, randomBytes } from "node:crypto"
import { mkdtempSync, readFileSync } from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { root } from "./env"
import {
  buildIfChanged,
  keepUploadsInDataDir,
  migrate,
  seed,
  startBackend,
  startStorefront,
  type BackendSettings,
} from "./market"
import { ensureDatabase } from "./postgres"

/** Where a throwaway market runs (the e2e tests' and the web benchmark's). */
export type Market = {
  backendUrl: string
  storefrontUrl: string
  databaseUrl: string
  publishableKey: string
}

/** A free TCP port, so a throwaway market runs beside a developer's `npm start`. */
export function freePort(): Promise<number> {
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
 * A fresh database `<purpose>_<checkout>` beside `baseUrl`, so every run starts from the same demo data and
 * two checkouts on one server keep apart.
 */
export async function freshDatabase(baseUrl: string, purpose: string): Promise<string> {
  const name = `${purpose}_${createHash("sha1").update(root).digest("hex").slice(0, 8)}`
  const url = new URL(baseUrl)
  url.pathname = `/${name}`
  const admin = new pg.Client({ connectionString: new URL("/postgres", url).toString() })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`).finally(() => admin.end())
  await ensureDatabase(url.toString())
  return url.toString()
}

/** Production builds of both apps on a fresh demo database and free ports; stop them with stopAll(). */
export async function startThrowawayMarket(baseUrl: string, purpose: string, log: (line: string) => void) {
  log("building the backend and the storefront (skipped when unchanged) …")
  await buildIfChanged("backend")
  await buildIfChanged("storefront")
  keepUploadsInDataDir()
  const secret = () => randomBytes(32).toString("hex")
  const settings: BackendSettings = {
    databaseUrl: await freshDatabase(baseUrl, purpose),
    port: await freePort(),
    storefrontPort: await freePort(),
    secrets: { JWT_SECRET: secret(), COOKIE_SECRET: secret() },
    keyFile: path.join(mkdtempSync(path.join(os.tmpdir(), `${purpose}-`)), "publishable-key"),
    quiet: true,
  }
  log("migrating and seeding the demo market …")
  await migrate(settings)
  await seed(settings)
  log(`starting the backend on :${settings.port} and the storefront on :${settings.storefrontPort} …`)
  await startBackend(settings)
  await startStorefront(settings)
  return {
    backendUrl: `http://localhost:${settings.port}`,
    storefrontUrl: `http://localhost:${settings.storefrontPort}`,
    databaseUrl: settings.databaseUrl,
    publishableKey: readFileSync(settings.keyFile, "utf8").trim(),
  } satisfies Market
}
