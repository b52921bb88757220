// Phone photos are often 3–10 MB: shrunk in the browser they upload in seconds over a country connection.
const LONGEST_SIDE = 2000
const SMALL_ENOUGH_BYTES = 1024 * 1024

/** A JPEG at most 2000 px on its longest side; the original when it is small already or cannot be decoded. */
export async function shrinkPicture(file: File): Promise<File> {
  if (!file.type.startsWith("image/") || file.size <= SMALL_ENOUGH_BYTES) return file
  try {
    const bitmap = await createImageBitmap(file)
    const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height))
    const canvas = document.createElement("canvas")
    canvas.width = Math.round(bitmap.width * scale)
    canvas.height = Math.round(bitmap.height * scale)
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
    bitmap.close()
    const blob = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, "image/jpeg", 0.85)
    })
    if (!blob || blob.size >= file.size) return file
    return new File([blob], file.name.replace(/\.\w+$/, "") + ".jpg", { type: "image/jpeg" })
  } catch {
    return file
  }
}

/** Puts the shrunk pictures back into the file input, so the form sends them instead of the originals. */
export async function shrinkInputPictures(input: HTMLInputElement): Promise<File[]> {
  const shrunk = await Promise.all([...(input.files ?? [])].map(shrinkPicture))
  const transfer = new DataTransfer()
  shrunk.forEach((file) => transfer.items.add(file))
  input.files = transfer.files
  return shrunk
}
