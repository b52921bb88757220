import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import path from "node:path"
import { isBuilt, markBuilt, sourceHash } from "./build-cache"
import { dataDir, root } from "./env"
import { run, startProcess, waitForUrl } from "./processes"

/** The two apps as `npm start` and the e2e tests run them: built once, migrated, seeded, started. */
export const backendDir = path.join(root, "backend")
export const serverDir = path.join(backendDir, ".medusa", "server")
export const storefrontDir = path.join(root, "storefront")
export const bin = (name: string) => path.join(root, "node_modules", ".bin", name)

const buildSources = {
  backend: {
    sources: ["src", "medusa-config.ts", "package.json"].map((file) => path.join(backendDir, file)),
    output: serverDir,
  },
  storefront: {
    sources: ["src", "scripts", "next.config.ts", "package.json", "public"].map((file) =>
      path.join(storefrontDir, file)
    ),
    output: path.join(storefrontDir, ".next", "BUILD_ID"),
  },
}

export type App = keyof typeof buildSources

/** Builds an app unless its sources are unchanged since the last build; answers whether it built. */
export async function buildIfChanged(app: App, onBuild: () => void = () => {}): Promise<boolean> {
  const { sources, output } = buildSources[app]
  const hash = sourceHash(sources)
  mkdirSync(dataDir, { recursive: true })
  const stamp = path.join(dataDir, `${app}.build-hash`)
  if (isBuilt(stamp, output, hash)) return false
  onBuild()
  const started = Date.now()
  await run("npm", ["run", "build", "-w", `@heartlink/${app}`], { cwd: root, label: app })
  markBuilt(stamp, hash)
  console.log(`    built in ${Math.round((Date.now() - started) / 1000)} s`)
  return true
}

/** Uploaded files live in .data/static, so rebuilding the backend never loses them. */
export function keepUploadsInDataDir() {
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

export type BackendSettings = {
  databaseUrl: string
  port: number
  storefrontPort: number
  secrets: { JWT_SECRET: string; COOKIE_SECRET: string }
  keyFile: string
  quiet?: boolean
}

/** The backend's environment: its own URL and the storefront's origin for CORS, wherever the ports are. */
export function backendEnv(settings: BackendSettings): NodeJS.ProcessEnv {
  const backendUrl = `http://localhost:${settings.port}`
  const storefrontUrl = `http://localhost:${settings.storefrontPort}`
  return {
    ...settings.secrets,
    DATABASE_URL: settings.databaseUrl,
    PORT: String(settings.port),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    STORE_CORS: storefrontUrl,
    AUTH_CORS: `${storefrontUrl},${backendUrl}`,
    ADMIN_CORS: backendUrl,
    PUBLISHABLE_KEY_FILE: settings.keyFile,
  }
}

export async function migrate(settings: BackendSettings) {
  await run(bin("medusa"), ["db:migrate"], {
    cwd: serverDir,
    env: backendEnv(settings),
    label: "migrate",
    quiet: true,
  })
}

/** The demo catalog, through the seed's workflows; writes only what is missing. */
export async function seed(settings: BackendSettings) {
  const env = backendEnv(settings)
  await run(bin("medusa"), ["exec", "./src/scripts/seed.js"], {
    cwd: serverDir,
    env: { NODE_ENV: process.env.NODE_ENV ?? "development", ...env },
    label: "seed",
    quiet: settings.quiet,
  })
}

export async function startBackend(settings: BackendSettings) {
  // Production mode serves the admin that `medusa build` compiled, instead of a Vite dev server.
  const backend = startProcess(bin("medusa"), ["start"], {
    cwd: serverDir,
    env: { ...backendEnv(settings), NODE_ENV: "production" },
    label: "backend",
    quiet: settings.quiet,
  })
  await waitForUrl(`http://localhost:${settings.port}/health`, backend, "backend")
  return backend
}

export async function startStorefront(settings: BackendSettings) {
  const storefront = startProcess(bin("next"), ["start", "-p", String(settings.storefrontPort)], {
    cwd: storefrontDir,
    env: {
      MEDUSA_BACKEND_URL: `http://localhost:${settings.port}`,
      MEDUSA_PUBLISHABLE_KEY: readFileSync(settings.keyFile, "utf8").trim(),
      NEXT_PUBLIC_BASE_URL: `http://localhost:${settings.storefrontPort}`,
    },
    label: "storefront",
    quiet: settings.quiet,
  })
  await waitForUrl(`http://localhost:${settings.storefrontPort}/zh-CN`, storefront, "storefront")
  return storefront
}
