import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"

import { afterAll, beforeAll, describe, expect, it } from "vitest"

import { GET } from "./route"

// A stand-in for the backend's /static/ route: one picture with an ETag, everything else missing.
const PICTURE = Buffer.from("RIFF....WEBPVP8 ")
let backend: Server

const ask = (path: string[], headers: Record<string, string> = {}) =>
  GET(new Request(`http://shop.test/static/${path.join("/")}`, { headers }), {
    params: Promise.resolve({ path }),
  })

beforeAll(async () => {
  backend = createServer((request, response) => {
    if (request.url !== "/static/1-products-honey.webp") return response.writeHead(404).end("missing")
    if (request.headers["if-none-match"] === '"v1"') return response.writeHead(304).end()
    response.writeHead(200, {
      "content-type": "image/webp",
      etag: '"v1"',
      "cache-control": "public, max-age=0",
    })
    response.end(PICTURE)
  })
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`
})

afterAll(
  () =>
    new Promise<void>((resolve) => {
      backend.close(() => {
        resolve()
      })
    })
)

describe("the shop's /static/ route", () => {
  it("passes a backend file on with its type and cache headers, and keeps scripts from running", async () => {
    const response = await ask(["1-products-honey.webp"])
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PICTURE)
    expect(response.headers.get("content-type")).toBe("image/webp")
    expect(response.headers.get("etag")).toBe('"v1"')
    expect(response.headers.get("content-security-policy")).toContain("sandbox")
  })

  it("answers a repeat request with 304 when the file has not changed", async () => {
    const response = await ask(["1-products-honey.webp"], { "if-none-match": '"v1"' })
    expect(response.status).toBe(304)
  })

  it("says 404 for a missing file and for a path that climbs out of /static/", async () => {
    expect((await ask(["nope.webp"])).status).toBe(404)
    expect((await ask(["..", "store", "products"])).status).toBe(404)
  })
})
