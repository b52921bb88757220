import type { MedusaSuiteOptions } from "@medusajs/test-utils"

type Api = MedusaSuiteOptions["api"]
type Headers = { headers: Record<string, string> }

/** Builds 云南省 → 红河州 → 金平县 through the admin API and returns the created records. */
export async function createYunnanTree(api: Api, admin: Headers) {
  const province = (
    await api.post(
      "/admin/aid/regions",
      { code: "yunnan", level: "province", name: "云南省", name_en: "Yunnan" },
      admin
    )
  ).data.region
  const prefecture = (
    await api.post(
      "/admin/aid/regions",
      {
        code: "honghe",
        level: "prefecture",
        parent_id: province.id,
        name: "红河哈尼族彝族自治州",
        name_en: "Honghe",
      },
      admin
    )
  ).data.region
  const county = (
    await api.post(
      "/admin/aid/regions",
      {
        code: "jinping",
        level: "county",
        parent_id: prefecture.id,
        name: "金平县",
        name_en: "Jinping",
        story: "苗绣之乡",
      },
      admin
    )
  ).data.region
  return { province, prefecture, county }
}

/** A published product with one CNY-priced variant, created the way staff would in the admin. */
export async function createProduct(api: Api, admin: Headers, handle: string, salesChannelId: string) {
  const { data } = await api.post(
    "/admin/products",
    {
      title: `测试商品 ${handle}`,
      handle,
      status: "published",
      sales_channels: [{ id: salesChannelId }],
      options: [{ title: "规格", values: ["标准"] }],
      variants: [
        {
          title: "标准",
          options: { 规格: "标准" },
          prices: [{ currency_code: "cny", amount: 68 }],
        },
      ],
    },
    admin
  )
  return data.product
}
