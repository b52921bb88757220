import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { existsSync } from "node:fs"
import { readFile } from "node:fs/promises"
import path from "node:path"
import type { SeedContext } from "./context"

// Next to the compiled seed after `npm run build`, or in src/ when run from source.
const candidates = [
  path.join(__dirname, "..", "seed-data", "images"),
  path.resolve(__dirname, "..", "..", "..", "..", "..", "src", "scripts", "seed-data", "images"),
]

function imagesDir() {
  const found = candidates.find((dir) => existsSync(dir))
  if (!found) {
    throw new Error(`Seed images not found; looked in ${candidates.join(", ")}`)
  }
  return found
}

/** Uploads the project's own pictures through Medusa's file module; returns their public URLs by path. */
export async function uploadSeedImages(ctx: SeedContext, relativePaths: string[]) {
  const urls = new Map<string, string>()
  if (!relativePaths.length) {
    return urls
  }
  const dir = imagesDir()
  const files = await Promise.all(
    relativePaths.map(async (relative) => ({
      filename: relative.replace(/\//g, "-"),
      mimeType: "image/svg+xml",
      content: (await readFile(path.join(dir, relative))).toString("base64"),
      access: "public" as const,
    }))
  )
  const { result } = await uploadFilesWorkflow(ctx.container).run({
    input: { files },
  })
  result.forEach((file, index) => urls.set(relativePaths[index] ?? "", file.url))
  return urls
}
