import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { randomUUID } from "node:crypto"
import { memberScope } from "../member-scope"
import { imageFormat } from "./image-files"

/** Pictures for the member's listings, stored by Medusa's file module; answers their public URLs. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const scope = await memberScope(req)
  const files = Array.isArray(req.files) ? req.files : []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "files must hold at least one picture")
  }
  const pictures = files.map((file, index) => {
    const format = imageFormat(file.buffer)
    if (!format) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `files must be JPEG, PNG or WebP pictures (file ${index + 1} is not)`
      )
    }
    // Our own name under the cooperative's folder: the member's file name never reaches the file system.
    return {
      filename: `cooperatives/${scope.cooperative.handle}/${randomUUID()}.${format.extension}`,
      mimeType: format.type,
      content: file.buffer.toString("base64"),
      access: "public" as const,
    }
  })
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files: pictures } })
  res.status(201).json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
}
