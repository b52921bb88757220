import { register } from "ts-node"

// Medusa requires medusa-config.ts and src/ through Node's own loader, outside Vite's transform.
register({
  transpileOnly: true,
  swc: true,
  compilerOptions: { module: "commonjs" },
})

// The runners name their databases by the Jest worker id; an offset lets two checkouts share one server.
const offset = Number(process.env.TEST_WORKER_OFFSET ?? 0)
process.env.JEST_WORKER_ID = String(Number(process.env.VITEST_POOL_ID ?? 1) + offset)

// Point test-utils at DATABASE_URL's server; it turns SSL on for any host but localhost.
const url = process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : undefined
if (url && !process.env.DB_HOST) {
  process.env.DB_HOST = ["127.0.0.1", "::1", "[::1]"].includes(url.hostname) ? "localhost" : url.hostname
  process.env.DB_PORT = url.port || "5432"
  process.env.DB_USERNAME = decodeURIComponent(url.username) || "postgres"
  process.env.DB_PASSWORD = decodeURIComponent(url.password)
}
// Test apps must not inherit the dev server's database or Redis: the runner supplies its own.
delete process.env.DATABASE_URL
delete process.env.REDIS_URL
process.env.LOG_LEVEL ??= "error"
