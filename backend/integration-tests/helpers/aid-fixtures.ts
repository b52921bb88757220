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

/** A published product with one CNY-priced variant per price (¥68 by default), made as staff would. */
export async function createProduct(
  api: Api,
  admin: Headers,
  handle: string,
  salesChannelId: string,
  { prices = [68], categoryId }: { prices?: number[]; categoryId?: string } = {}
) {
  const sizes = prices.length === 1 ? ["标准"] : prices.map((_, index) => `规格${index + 1}`)
  const { data } = await api.post(
    "/admin/products",
    {
      title: `测试商品 ${handle}`,
      handle,
      status: "published",
      sales_channels: [{ id: salesChannelId }],
      ...(categoryId ? { categories: [{ id: categoryId }] } : {}),
      options: [{ title: "规格", values: sizes }],
      variants: prices.map((amount, index) => ({
        title: sizes[index],
        options: { 规格: sizes[index] },
        prices: [{ currency_code: "cny", amount }],
      })),
    },
    admin
  )
  return data.product
}
