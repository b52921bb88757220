import type { MedusaSuiteOptions } from "@medusajs/test-utils"

type Api = MedusaSuiteOptions["api"]
type Headers = { headers: Record<string, string> }

export const honeyHive = "jingtai-wufo-honey"
export const embroidery = "honghe-embroidery"

/** The seeded demo member of a cooperative (<handle>@heartlink.local / heartlink-demo), logged in. */
export async function memberOf(api: Api, handle: string): Promise<Headers> {
  const login = { email: `${handle}@heartlink.local`, password: "heartlink-demo" }
  const { token } = (await api.post("/auth/cooperative/emailpass", login)).data
  return { headers: { authorization: `Bearer ${token}` } }
}

export const newListing = {
  title: "景泰槐花蜜",
  title_en: "Jingtai acacia honey",
  description: "五佛乡槐花盛开时采的蜜。",
  variants: [{ title: "250克", title_en: "250 g", sku: "JT-ACACIA-250", price: 45.5, stock: 30 }],
}

// A 1×1 PNG: the smallest real picture.
export const tinyPng = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64"
)

/** A multipart body with the given files under `field`, as a browser's form would send it. */
export function pictureForm(files: { name: string; type: string; content: Buffer }[], field = "files") {
  const form = new FormData()
  for (const file of files) {
    form.append(field, new Blob([new Uint8Array(file.content)], { type: file.type }), file.name)
  }
  return form
}

/** Uploads pictures as a member and answers their URLs. */
export async function uploadPictures(api: Api, member: Headers, count = 1): Promise<string[]> {
  const files = Array.from({ length: count }, (_, index) => ({
    name: `蜂蜜-${index}.png`,
    type: "image/png",
    content: tinyPng,
  }))
  const { files: uploaded } = (await api.post("/cooperative/uploads", pictureForm(files), member)).data
  return uploaded.map((file: { url: string }) => file.url)
}
