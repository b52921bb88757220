import { expect } from "vitest"
import type { Page } from "playwright-core"

/** A Shanghai address as a buyer types it into the checkout. */
export const shanghaiBuyer = {
  电子邮箱: "guest@heartlink.test",
  收货人: "李小红",
  手机号码: "13800138000",
  省份: "上海市",
  城市: "上海市",
  "区/县": "长宁区",
  详细地址: "长宁路 1018 号",
}

/** Opens a product page and puts its first variant in the cart, waiting for the cart badge to count it. */
export async function addToCart(page: Page, handle: string) {
  await page.goto(`/zh-CN/products/${handle}`)
  const before = Number(await page.getByTestId("cart-link").locator("span").innerText())
  await page.getByRole("button", { name: /加入购物车/ }).click()
  await expect
    .poll(async () => Number(await page.getByTestId("cart-link").locator("span").innerText()), {
      timeout: 15_000,
    })
    .toBeGreaterThan(before)
}

/** Cart → address → delivery → payment (pay on delivery) → place order; answers the order id. */
export async function checkout(
  page: Page,
  address: Partial<Record<keyof typeof shanghaiBuyer, string>>,
  shot: (step: string) => Promise<unknown>
) {
  await page.goto("/zh-CN/cart")
  await page.getByTestId("checkout-link").click()
  await page.waitForURL(/\/checkout/)
  for (const [label, value] of Object.entries(address)) {
    await page.getByLabel(label, { exact: true }).fill(value)
  }
  await shot("address")
  await page.getByRole("button", { name: "继续" }).click()
  await page.waitForURL(/step=shipping/)
  await page.getByRole("button", { name: "继续" }).click()
  await page.waitForURL(/step=payment/)
  await page.getByRole("button", { name: "继续" }).click()
  await page.waitForURL(/step=review/)
  await shot("review")
  await page.getByTestId("place-order").click()
  await page.waitForURL(/\/order\/[^/]+\/confirmed/, { timeout: 30_000 })
  return /\/order\/([^/]+)\/confirmed/.exec(page.url())?.[1] ?? ""
}
