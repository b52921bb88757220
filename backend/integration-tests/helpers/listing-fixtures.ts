import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { createProduct, createYunnanTree } from "./aid-fixtures"

type Api = MedusaSuiteOptions["api"]
type Headers = { headers: Record<string, string> }

/**
 * A small market for the listing: 云南 → 红河州 → 金平县 and 绿春县, a cooperative in each, two kinds,
 * and products at known prices — one certified, one whose certificate has run out, one draft, one tote
 * sold by nobody.
 */
export async function createListingMarket(api: Api, admin: Headers, salesChannelId: string) {
  const { prefecture, county: jinping } = await createYunnanTree(api, admin)
  const lvchun = (
    await api.post(
      "/admin/aid/regions",
      { code: "lvchun", level: "county", parent_id: prefecture.id, name: "绿春县", name_en: "Lüchun" },
      admin
    )
  ).data.region
  const region = (await api.post("/admin/regions", { name: "中国大陆", currency_code: "cny" }, admin)).data
    .region
  const kind = async (handle: string, name: string) =>
    (await api.post("/admin/product-categories", { name, handle, is_active: true }, admin)).data
      .product_category.id as string
  const embroidery = await kind("embroidery", "民族刺绣")
  const farmGoods = await kind("farm-goods", "农特产品")
  const cooperative = async (handle: string, countyId: string) =>
    (
      await api.post(
        "/admin/aid/cooperatives",
        { handle, name: handle, name_en: handle, county_id: countyId },
        admin
      )
    ).data.cooperative.id as string
  const embroiderers = await cooperative("jinping-embroidery", jinping.id)
  const teaGrowers = await cooperative("lvchun-tea", lvchun.id)

  const product = async (handle: string, prices: number[], categoryId?: string, cooperativeId?: string) => {
    const created = await createProduct(api, admin, handle, salesChannelId, { prices, categoryId })
    if (cooperativeId) {
      await api.post(
        `/admin/aid/products/${created.id}/cooperative`,
        { cooperative_id: cooperativeId },
        admin
      )
    }
    return created.id as string
  }
  const certify = (number: string, productId: string, valid_to: string) =>
    api.post(
      "/admin/aid/certificates",
      { number, issuer: "云南省乡村振兴局", valid_from: "2020-01-01", valid_to, product_id: productId },
      admin
    )
  await certify("XFBF-YN-1", await product("miao-bag", [168], embroidery, embroiderers), "2099-12-31")
  await product("yao-scarf", [88], embroidery, embroiderers)
  await certify("XFBF-YN-2", await product("green-tea", [128, 39.9], farmGoods, teaGrowers), "2021-12-31")
  await product("tote", [29])
  const draft = await product("draft-bag", [10], embroidery, embroiderers)
  await api.post(`/admin/products/${draft}`, { status: "draft" }, admin)
  return { regionId: region.id as string }
}
