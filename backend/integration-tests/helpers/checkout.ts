import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { mkdtempSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"

type Api = MedusaSuiteOptions["api"]
type Headers = { headers: Record<string, string> }

// Through Node's require, so the seed shares the workflows Medusa itself loaded.
const seedHeartlink = createRequire(__filename)("../../src/scripts/seed").default as (
  args: ExecArgs
) => Promise<void>

/** Seeds the demo market and answers the storefront's headers, as `npm start` would. */
export async function seedMarket(container: MedusaContainer): Promise<Headers> {
  const keyFile = path.join(mkdtempSync(path.join(os.tmpdir(), "heartlink-seed-")), "publishable-key")
  process.env.PUBLISHABLE_KEY_FILE = keyFile
  await seedHeartlink({ container, args: [] } as unknown as ExecArgs)
  return { headers: { "x-publishable-api-key": readFileSync(keyFile, "utf8").trim() } }
}

/** Variant ids of the seeded products by handle (first variant unless a title is given). */
export async function variantOf(api: Api, store: Headers, handle: string, title?: string): Promise<string> {
  const { products } = (await api.get(`/store/products?handle=${handle}&fields=id,*variants`, store)).data
  const variants = products[0]?.variants ?? []
  const variant = title ? variants.find((v: { title: string }) => v.title === title) : variants[0]
  if (!variant) throw new Error(`No variant of ${handle}`)
  return variant.id
}

export const shanghaiAddress = {
  first_name: "小红",
  last_name: "李",
  address_1: "长宁路 1018 号",
  city: "上海市",
  province: "上海市",
  postal_code: "200050",
  country_code: "cn",
  phone: "13800138000",
}

/** Cart → address → shipping → system payment → complete, exactly as the storefront does it. */
export async function placeOrder(
  api: Api,
  store: Headers,
  items: { variant_id: string; quantity: number }[],
  options: { email?: string; auth?: string } = {}
) {
  const headers = { headers: { ...store.headers, ...(options.auth ? { authorization: options.auth } : {}) } }
  const { regions } = (await api.get("/store/regions", headers)).data
  const region = regions.find((r: { currency_code: string }) => r.currency_code === "cny")
  const { cart } = (
    await api.post(
      "/store/carts",
      {
        region_id: region.id,
        email: options.email ?? "guest@heartlink.test",
        items,
        shipping_address: shanghaiAddress,
      },
      headers
    )
  ).data
  const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, headers)).data
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id }, headers)
  const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, headers))
    .data
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
  const completed = (await api.post(`/store/carts/${cart.id}/complete`, {}, headers)).data
  if (completed.type !== "order") {
    throw new Error(`Cart did not complete: ${JSON.stringify(completed.error ?? completed)}`)
  }
  return { order: completed.order, cartId: cart.id as string }
}
