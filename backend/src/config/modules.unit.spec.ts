import { parseEnv } from "../env"
import { chooseModules } from "./modules"

const resolved = (env: Record<string, string>) => chooseModules(parseEnv(env)).map((entry) => entry.resolve)

describe("module choice", () => {
  it("uses Medusa's in-process event bus, workflow engine, locking and cache without REDIS_URL", () => {
    expect(resolved({})).toEqual([
      "./src/modules/aid",
      "./src/modules/aid-ledger",
      "@medusajs/medusa/file",
      "@medusajs/medusa/notification",
    ])
  })

  it("switches the event bus, workflow engine, locking and caching to Redis with REDIS_URL", () => {
    expect(resolved({ REDIS_URL: "redis://127.0.0.1:6379" })).toEqual(
      expect.arrayContaining([
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/workflow-engine-redis",
        "@medusajs/medusa/locking",
        "@medusajs/medusa/caching",
      ])
    )
  })
})
