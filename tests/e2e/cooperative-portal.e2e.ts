import path from "node:path"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { artifactsDir, launchBrowser, newShopper, screenshots } from "./support/browser"
import { backendCall, demoToken } from "./support/market"
import { placeStoreOrder } from "./support/store-order"

const member = "jingtai-wufo-honey@heartlink.local"

/** A real JPEG to upload: Chromium photographs a honey-coloured card. */
async function honeyPicture(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 600, height: 600 } })
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;height:100vh;background:#f2b233;font:bold 96px sans-serif;color:#7a3e00">枣花蜜</body>`
  )
  const picture = await page.screenshot({ type: "jpeg", quality: 80 })
  await page.close()
  return picture
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true })

/** Lets every picture on the page finish loading, so a screenshot shows them. */
const picturesLoaded = (page: Page) =>
  page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0))

describe("the cooperative portal", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser.close()
  })

  it("a member lists a product with a picture, sees it in the shop, and ships a buyer's order for it", async () => {
    const page = await newShopper(browser, "phone")
    const shot = screenshots("cooperative-portal")

    // Signed out, the new-product page sends the member to log in, and back there afterwards.
    await page.goto("/zh-CN/cooperative/products/new")
    await page.waitForURL(/\/zh-CN\/cooperative\/login\?next=%2Fcooperative%2Fproducts%2Fnew/)
    await field(page, "邮箱").fill(member)
    await field(page, "密码").fill("wrong-password")
    await page.getByRole("button", { name: "登录" }).click()
    await expect(page.getByText("邮箱或密码不对，请再试一次。").waitFor()).resolves.toBeUndefined()
    await expect(field(page, "邮箱").inputValue()).resolves.toBe(member)
    await field(page, "密码").fill("heartlink-demo")
    await shot(page, "login")
    await page.getByRole("button", { name: "登录" }).click()
    await page.waitForURL(/\/zh-CN\/cooperative\/products\/new$/)
    await expect(page.getByTestId("portal-cooperative").textContent()).resolves.toBe(
      "景泰县五佛乡蜜蜂养殖合作社"
    )

    // A first try without names is refused field by field; the picture already chosen is kept.
    await page.locator('input[name="new_images"]').setInputFiles({
      name: "zaohua.jpg",
      mimeType: "image/jpeg",
      buffer: await honeyPicture(browser),
    })
    await field(page, "规格名称（中文）").fill("500克")
    await field(page, "货号（SKU）").fill("JT-ZAOHUA-500")
    await field(page, "价格（元）").fill("88")
    await field(page, "库存（件）").fill("20")
    await page.getByRole("button", { name: "上架商品" }).click()
    await page.getByText("请填写中文商品名称（不超过 200 字）。").waitFor()
    await expect(page.getByText("请填写英文商品名称（不超过 200 字）。").isVisible()).resolves.toBe(true)
    await expect(page.getByRole("img", { name: /第 1 张图片/ }).isVisible()).resolves.toBe(true)
    await expect(field(page, "货号（SKU）").inputValue()).resolves.toBe("JT-ZAOHUA-500")
    await picturesLoaded(page)
    await shot(page, "new-product-refused")

    await field(page, "商品名称（中文）").fill("景泰枣花蜜")
    await field(page, "商品名称（英文）").fill("Jingtai jujube blossom honey")
    await field(page, "商品介绍（中文）").fill("五佛乡枣花盛开时采的蜜，色深味浓。")
    await page.getByRole("button", { name: "上架商品" }).click()
    await page.waitForURL(/\/zh-CN\/cooperative\/products\?created=/)
    const productId = new URL(page.url()).searchParams.get("created") ?? ""
    await page.getByText("商品已上架。").waitFor()
    const listed = page.getByTestId("portal-products").getByRole("article").filter({ hasText: "景泰枣花蜜" })
    await expect(listed.getByText("500克 · ¥88.00 · 可售 20 件").isVisible()).resolves.toBe(true)
    await shot(page, "products")

    // The shop lists it at once under its cooperative, with its county and its picture.
    await page.goto("/zh-CN/products?cooperative=jingtai-wufo-honey&sort=newest")
    const card = page.getByRole("article").filter({ hasText: "景泰枣花蜜" })
    await card.waitFor()
    await expect(card.textContent()).resolves.toMatch(/景泰县五佛乡蜜蜂养殖合作社.*景泰县/)
    // The card's picture is decorative (the title beside it names the product), so it is found as the card's image.
    await expect(card.locator("img").first().getAttribute("src")).resolves.toContain(
      encodeURIComponent("/static/cooperatives/jingtai-wufo-honey/")
    )
    await card.scrollIntoViewIfNeeded()
    await picturesLoaded(page)
    await card.screenshot({ path: path.join(artifactsDir, "cooperative-portal", "shop-card.png") })
    await page.evaluate(() => window.scrollTo(0, 0))
    await shot(page, "shop-listing")

    // A buyer orders two jars through the store API.
    const { products } = await backendCall<{ products: { variants: { id: string }[] }[] }>(
      `/store/products?id=${productId}&fields=id,*variants`
    )
    const order = await placeStoreOrder([{ variant_id: products[0]?.variants[0]?.id ?? "", quantity: 2 }])

    // The member ships the line from the orders page with a tracking number; it moves to "shipped".
    await page.goto("/zh-CN/cooperative/orders")
    const toShip = page.getByTestId("portal-order").filter({ hasText: `订单 #${order.display_id}` })
    await toShip.waitFor()
    await expect(toShip.textContent()).resolves.toContain("长宁路 1018 号")
    await toShip.getByLabel("快递公司").selectOption({ label: "顺丰速运" })
    await toShip.getByLabel("快递单号").fill("SF1400123456789")
    await shot(page, "order-to-ship")
    await toShip.getByRole("button", { name: "确认发货" }).click()
    await page.waitForURL(new RegExp(`/zh-CN/cooperative/orders\\?shipped=${order.display_id}$`))
    await expect(
      page
        .getByTestId("portal-order")
        .filter({ hasText: `订单 #${order.display_id}` })
        .count()
    ).resolves.toBe(0)

    await page.getByRole("link", { name: "已发货" }).click()
    const shipped = page.getByTestId("portal-order").filter({ hasText: `订单 #${order.display_id}` })
    await shipped.getByText("顺丰速运 · 单号 SF1400123456789").waitFor()
    await shot(page, "order-shipped")

    const token = await demoToken("cooperative", member)
    const { orders } = await backendCall<{ orders: { id: string; to_ship: boolean }[] }>(
      "/cooperative/orders?status=shipped",
      { token }
    )
    expect(orders.map((each) => each.id)).toContain(order.id)
  })
})
