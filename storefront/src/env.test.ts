import { mkdtempSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"

import { afterEach, describe, expect, it, vi } from "vitest"

import {
  InvalidEnvError,
  parseBuildSafeEnv,
  parseServerEnv,
  readEnvOrExit,
  withPublishableKeyFile,
} from "./env"

const valid = { MEDUSA_PUBLISHABLE_KEY: "pk_test_123" }

describe("parseServerEnv", () => {
  it("fills defaults for the URLs when only the key is given", () => {
    expect(parseServerEnv(valid)).toEqual({
      MEDUSA_BACKEND_URL: "http://localhost:9000",
      MEDUSA_PUBLISHABLE_KEY: "pk_test_123",
      NEXT_PUBLIC_BASE_URL: "http://localhost:8000",
      NODE_ENV: "development",
    })
  })

  it("names MEDUSA_PUBLISHABLE_KEY in one line when it is missing", () => {
    expect(() => parseServerEnv({})).toThrow(InvalidEnvError)
    expect(() => parseServerEnv({})).toThrow(/MEDUSA_PUBLISHABLE_KEY is required/)
    expect(() => parseServerEnv({ MEDUSA_PUBLISHABLE_KEY: "" })).toThrow(/MEDUSA_PUBLISHABLE_KEY/)
  })

  it("rejects a key that is not a publishable key", () => {
    expect(() => parseServerEnv({ MEDUSA_PUBLISHABLE_KEY: "sk_secret" })).toThrow(
      /MEDUSA_PUBLISHABLE_KEY must start with pk_/
    )
  })

  it("names MEDUSA_BACKEND_URL when it is not an http(s) URL", () => {
    for (const bad of ["localhost:9000", "not a url", "ftp://files.example.com"]) {
      expect(() => parseServerEnv({ ...valid, MEDUSA_BACKEND_URL: bad })).toThrow(
        /MEDUSA_BACKEND_URL must be an http\(s\) URL/
      )
    }
  })

  it("takes MEDUSA_BACKEND_PUBLIC_URL when set, and names it when it is not an http(s) URL", () => {
    const publicUrl = "https://api.heartlink.example"
    expect(parseServerEnv({ ...valid, MEDUSA_BACKEND_PUBLIC_URL: publicUrl }).MEDUSA_BACKEND_PUBLIC_URL).toBe(
      publicUrl
    )
    expect(
      parseServerEnv({ ...valid, MEDUSA_BACKEND_PUBLIC_URL: "" }).MEDUSA_BACKEND_PUBLIC_URL
    ).toBeUndefined()
    expect(() => parseServerEnv({ ...valid, MEDUSA_BACKEND_PUBLIC_URL: "backend:9000" })).toThrow(
      /MEDUSA_BACKEND_PUBLIC_URL must be an http\(s\) URL/
    )
  })

  it("reports every bad variable on a single line", () => {
    try {
      parseServerEnv({ MEDUSA_BACKEND_URL: "nope" })
      expect.unreachable()
    } catch (error) {
      const message = (error as Error).message
      expect(message).not.toContain("\n")
      expect(message).toContain("MEDUSA_BACKEND_URL")
      expect(message).toContain("MEDUSA_PUBLISHABLE_KEY")
    }
  })
})

describe("parseBuildSafeEnv", () => {
  it("does not need the publishable key, so `next build` works without it", () => {
    expect(
      parseBuildSafeEnv({
        MEDUSA_BACKEND_URL: "https://api.heartlink.example",
      })
    ).toMatchObject({
      MEDUSA_BACKEND_URL: "https://api.heartlink.example",
    })
  })

  it("still rejects a bad backend URL", () => {
    expect(() => parseBuildSafeEnv({ MEDUSA_BACKEND_URL: "::" })).toThrow(/MEDUSA_BACKEND_URL/)
  })
})

describe("readEnvOrExit", () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it("stops the process with the one-line reason instead of a stack trace", () => {
    const exit = vi.spyOn(process, "exit").mockImplementation(() => {
      throw new Error("exited")
    })
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined)

    expect(() => readEnvOrExit(() => parseServerEnv({}))).toThrow("exited")
    expect(exit).toHaveBeenCalledWith(1)
    expect(log).toHaveBeenCalledExactlyOnceWith(expect.stringMatching(/^✗ .*MEDUSA_PUBLISHABLE_KEY[^\n]*$/))
  })

  it("passes other errors through", () => {
    expect(() =>
      readEnvOrExit(() => {
        throw new RangeError("bug")
      })
    ).toThrow(RangeError)
  })
})

describe("withPublishableKeyFile", () => {
  it("reads the key from the file the seed wrote when no key is set", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "heartlink-key-"))
    const file = path.join(dir, "publishable-key")
    writeFileSync(file, "pk_from_file\n")
    expect(withPublishableKeyFile({ MEDUSA_PUBLISHABLE_KEY_FILE: file }).MEDUSA_PUBLISHABLE_KEY).toBe(
      "pk_from_file"
    )
    expect(
      withPublishableKeyFile({ MEDUSA_PUBLISHABLE_KEY: "pk_env", MEDUSA_PUBLISHABLE_KEY_FILE: file })
        .MEDUSA_PUBLISHABLE_KEY
    ).toBe("pk_env")
  })

  it("leaves the key missing when the file is not there yet, so validation names it", () => {
    const source = withPublishableKeyFile({ MEDUSA_PUBLISHABLE_KEY_FILE: "/nonexistent/key" })
    expect(() => parseServerEnv(source)).toThrow(/MEDUSA_PUBLISHABLE_KEY/)
  })
})
