import { getBuildSafeEnv } from "@/env"

// Headers a browser (or Next's image optimiser) needs to cache a file and ask again cheaply. Not the length:
// fetch() undoes any compression of the body, so the backend's length may not be this body's.
const PASSED_ON = ["content-type", "cache-control", "etag", "last-modified"]
// A file opened on its own (an SVG staff uploaded, say) must not run script on the shop's origin.
const FILE_POLICY = {
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  "x-content-type-options": "nosniff",
}
const CONDITIONS = ["if-none-match", "if-modified-since"]

/**
 * The backend's uploaded files (`<backend>/static/…`) on the shop's own origin: pages name them by this path
 * (src/lib/util/shop-file-url.ts), so a phone opens no second connection and the image optimiser reaches the
 * backend from this server, at MEDUSA_BACKEND_URL as read at run time (docker compose: backend:9000).
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params
  if (path.some((segment) => segment === "." || segment === "..")) {
    return new Response("Not found", { status: 404 })
  }
  const file = `${getBuildSafeEnv().MEDUSA_BACKEND_URL.replace(/\/+$/, "")}/static/${path.map(encodeURIComponent).join("/")}`
  const conditions = CONDITIONS.flatMap((name) => {
    const value = request.headers.get(name)
    return value ? [[name, value] as [string, string]] : []
  })
  let upstream: Response
  try {
    upstream = await fetch(file, {
      cache: "no-store",
      headers: conditions,
      signal: AbortSignal.timeout(10_000),
    })
  } catch {
    return new Response("The picture server is not answering", { status: 502 })
  }
  if (!upstream.ok && upstream.status !== 304) {
    return new Response("Not found", { status: upstream.status === 404 ? 404 : 502 })
  }
  const headers = new Headers(FILE_POLICY)
  for (const name of PASSED_ON) {
    const value = upstream.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new Response(upstream.status === 304 ? null : upstream.body, { status: upstream.status, headers })
}
