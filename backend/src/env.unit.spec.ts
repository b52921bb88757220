import { parseEnv } from "./env"

describe("backend env", () => {
  it("starts in development with no variables at all", () => {
    const env = parseEnv({})
    expect(env.NODE_ENV).toBe("development")
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.JWT_SECRET).toHaveLength(64)
  })

  it("requires real secrets in production and says which one is missing", () => {
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        DATABASE_URL: "postgres://db/heartlink",
        COOKIE_SECRET: "c".repeat(32),
      })
    ).toThrow("Invalid environment variable JWT_SECRET: is required in production")
  })

  it("names a malformed variable in one line", () => {
    expect(() => parseEnv({ REDIS_URL: "not a url" })).toThrow(/^Invalid environment variable REDIS_URL/)
    expect(() => parseEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })

  it("knows where the storefront is, for the links emailed to cooperative members", () => {
    expect(parseEnv({}).STOREFRONT_URL).toBe("http://localhost:8000")
    expect(parseEnv({ STOREFRONT_URL: "https://shop.heartlink.cn" }).STOREFRONT_URL).toBe(
      "https://shop.heartlink.cn"
    )
    expect(() => parseEnv({ STOREFRONT_URL: "shop" })).toThrow(/STOREFRONT_URL/)
  })

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ REDIS_URL: "" }).REDIS_URL).toBeUndefined()
  })
})
