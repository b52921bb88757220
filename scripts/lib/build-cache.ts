import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"

const skipped = new Set(["node_modules", ".medusa", ".next", ".turbo", "static", "integration-tests"])

function walk(dir: string, files: string[]) {
  for (const entry of readdirSync(dir)) {
    if (skipped.has(entry) || entry.endsWith(".test.ts") || entry.endsWith(".spec.ts")) {
      continue
    }
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) {
      walk(full, files)
    } else {
      files.push(full)
    }
  }
}

/** A fingerprint of the sources a build reads, so an unchanged app is not rebuilt on every start. */
export function sourceHash(roots: string[]) {
  const hash = createHash("sha256")
  const files: string[] = []
  for (const root of roots) {
    if (!existsSync(root)) {
      continue
    }
    if (statSync(root).isDirectory()) {
      walk(root, files)
    } else {
      files.push(root)
    }
  }
  for (const file of files.sort()) {
    hash.update(file).update(readFileSync(file))
  }
  return hash.digest("hex")
}

export function isBuilt(stampFile: string, output: string, hash: string) {
  return existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === hash
}

export function markBuilt(stampFile: string, hash: string) {
  writeFileSync(stampFile, hash)
}
