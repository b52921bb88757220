import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export const IMAGE_FIELD = "files"
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGES_PER_UPLOAD = 6

// The first bytes of each accepted format: a renamed PDF or script is refused whatever its mime type says.
const signatures: { type: string; extension: string; matches: (head: Buffer) => boolean }[] = [
  {
    type: "image/jpeg",
    extension: "jpg",
    matches: (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  },
  {
    type: "image/png",
    extension: "png",
    matches: (head) =>
      head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: "image/webp",
    extension: "webp",
    matches: (head) => head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP",
  },
]

/** The image format of a file's content, or undefined when it is not a JPEG, PNG or WebP picture. */
export function imageFormat(content: Buffer) {
  const found = signatures.find((signature) => signature.matches(content))
  return found ? { type: found.type, extension: found.extension } : undefined
}

const multerMessages: Record<string, string> = {
  LIMIT_FILE_SIZE: `files must be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB each`,
  LIMIT_FILE_COUNT: `files must hold at most ${MAX_IMAGES_PER_UPLOAD} images`,
  LIMIT_UNEXPECTED_FILE: `files is the only field that takes pictures`,
}

const parse = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMAGE_BYTES, files: MAX_IMAGES_PER_UPLOAD, fields: 0 },
}).array(IMAGE_FIELD, MAX_IMAGES_PER_UPLOAD)

/** Reads the multipart body into memory; multer's limits become 400s that name the field. */
export function readImageFiles(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parse(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          multerMessages[error.code] ?? `files: ${error.message}`
        )
      )
      return
    }
    next(error)
  })
}
