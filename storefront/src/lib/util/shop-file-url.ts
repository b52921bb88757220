import { getBuildSafeEnv, type BuildSafeEnv } from "@/env"

type BackendAddresses = Pick<BuildSafeEnv, "MEDUSA_BACKEND_URL" | "MEDUSA_BACKEND_PUBLIC_URL">

const filePrefixes = (env: BackendAddresses) =>
  [env.MEDUSA_BACKEND_URL, env.MEDUSA_BACKEND_PUBLIC_URL]
    .filter((url): url is string => Boolean(url))
    .map((url) => `${url.replace(/\/+$/, "")}/static/`)

// The server's env does not change while it runs: read once, not for every picture of every page.
let serverPrefixes: string[] | undefined

/**
 * A file the backend serves (`<backend>/static/…`) as the same path on the shop, which fetches it from the
 * backend (src/app/static/[...path]/route.ts): the browser opens no second connection, and Next's image
 * optimiser gets it from wherever the shop's server reaches the backend. Any other URL is returned as it is.
 */
export function shopFileUrl(url: string, env?: BackendAddresses): string {
  const prefixes = env ? filePrefixes(env) : (serverPrefixes ??= filePrefixes(getBuildSafeEnv()))
  const prefix = prefixes.find((candidate) => url.startsWith(candidate))
  return prefix ? `/static/${url.slice(prefix.length)}` : url
}
