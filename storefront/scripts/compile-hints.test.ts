import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"

import { describe, expect, it } from "vitest"

import { addCompileHints, COMPILE_HINT } from "./compile-hints.mjs"

function fakeBuild() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "compile-hints-"))
  mkdirSync(path.join(dir, "static", "chunks"), { recursive: true })
  const write = (file: string, text: string) => {
    writeFileSync(path.join(dir, file), text)
  }
  write(
    "build-manifest.json",
    JSON.stringify({ rootMainFiles: ["static/chunks/react-dom.js", "static/chunks/runtime.js"] })
  )
  write("static/chunks/react-dom.js", "(globalThis.TURBOPACK||[]).push([1])")
  write("static/chunks/runtime.js", "(()=>{})()")
  write("static/chunks/product-page.js", "(globalThis.TURBOPACK||[]).push([2])")
  return { dir, read: (file: string) => readFileSync(path.join(dir, file), "utf8") }
}

describe("addCompileHints", () => {
  it("marks only the chunks every page runs at startup, with the hint first", () => {
    const build = fakeBuild()
    expect(addCompileHints(build.dir)).toEqual(["static/chunks/react-dom.js", "static/chunks/runtime.js"])
    expect(build.read("static/chunks/react-dom.js")).toBe(
      `${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([1])`
    )
    expect(build.read("static/chunks/product-page.js")).not.toContain("allFunctionsCalledOnLoad")
  })

  it("leaves a chunk alone the second time, so a rerun does not stack hints", () => {
    const build = fakeBuild()
    addCompileHints(build.dir)
    expect(addCompileHints(build.dir)).toEqual([])
    expect(build.read("static/chunks/runtime.js")).toBe(`${COMPILE_HINT}(()=>{})()`)
  })
})
