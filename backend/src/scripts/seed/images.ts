import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { existsSync } from "node:fs"
import path from "node:path"
import sharp from "sharp"
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

/**
 * A drawing as the WebP picture the shop serves. A phone lays out and paints every SVG <img> as a small document
 * of its own on the page's main thread; a raster picture is decoded off it, and the storefront can resize it.
 */
async function webpPicture(dir: string, relative: string) {
  const picture = await sharp(path.join(dir, relative)).webp({ quality: 82 }).toBuffer()
  return {
    filename: relative.replace(/\//g, "-").replace(/\.svg$/, ".webp"),
    mimeType: "image/webp",
    content: picture.toString("base64"),
    access: "public" as const,
  }
}

/**
 * Uploads the project's own pictures (drawn as SVG, served as WebP) through Medusa's file module; returns their
 * public URLs by the drawing's path.
 */
export async function uploadSeedImages(ctx: SeedContext, relativePaths: string[]) {
  const urls = new Map<string, string>()
  if (!relativePaths.length) {
    return urls
  }
  const dir = imagesDir()
  const files = await Promise.all(relativePaths.map((relative) => webpPicture(dir, relative)))
  const { result } = await uploadFilesWorkflow(ctx.container).run({
    input: { files },
  })
  result.forEach((file, index) => urls.set(relativePaths[index] ?? "", file.url))
  return urls
}
