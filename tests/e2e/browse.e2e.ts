import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, newShopper, screenshots } from "./support/browser"

const PHONE = { width: 375, height: 812 }
const DESKTOP = { width: 1280, height: 900 }

/** Every step at a phone's and a desktop's width; lazy images are scrolled into view first. */
function shotsAtBothWidths(journey: string) {
  const shot = screenshots(journey)
  return async (page: Page, step: string) => {
    for (const [name, size] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      await page.setViewportSize(size)
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 500) {
          window.scrollTo(0, y)
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        window.scrollTo(0, 0)
      })
      await page.waitForLoadState("networkidle")
      // Nothing may be wider than a phone's screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `${step} overflows at ${name} width`).toBeLessThanOrEqual(0)
      await shot(page, `${step}-${name}`)
    }
  }
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent()

describe("browsing the market", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser.close()
  })

  it("goes from home to a region, its cooperative, the filtered listing and a product, then in English", async () => {
    const page = await newShopper(browser)
    const shot = shotsAtBothWidths("browse")

    await page.goto("/zh-CN")
    await expect(heading(page)).resolves.toContain("买一份好物")
    const regions = page.getByRole("region", { name: "结对帮扶的地方" })
    await expect(regions.getByRole("link").count()).resolves.toBe(5)
    await expect(page.getByRole("region", { name: "大家一起帮扶了" }).textContent()).resolves.toContain(
      "还没有帮扶订单"
    )
    await shot(page, "home")

    await regions.getByRole("link", { name: "景泰县" }).click()
    await page.waitForURL(/\/zh-CN\/regions\/jingtai$/)
    await expect(heading(page)).resolves.toBe("景泰县")
    await expect(page.getByRole("navigation", { name: "所在位置" }).textContent()).resolves.toContain(
      "甘肃省"
    )
    await expect(page.getByRole("region", { name: "结对帮扶" }).textContent()).resolves.toContain(
      "天津市西青区"
    )
    await shot(page, "region")

    await page.getByRole("link", { name: "景泰县五佛乡蜜蜂养殖合作社" }).click()
    await page.waitForURL(/\/zh-CN\/cooperatives\/jingtai-wufo-honey$/)
    await expect(heading(page)).resolves.toBe("景泰县五佛乡蜜蜂养殖合作社")
    await expect(page.getByText("126 户").count()).resolves.toBeGreaterThan(0)
    await shot(page, "cooperative")

    // The filter form: county, kind, certified only, dearest first.
    await page.setViewportSize(DESKTOP)
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "全部商品" }).click()
    await page.waitForURL(/\/zh-CN\/products$/)
    await page.locator("#desktop-county").selectOption("jingtai")
    await page.locator("#desktop-kind").selectOption("honey")
    await page.locator("#desktop-certified").check()
    await page.locator("#desktop-sort").selectOption("price_desc")
    await page.locator("aside").getByRole("button", { name: "查看结果" }).click()
    await page.waitForURL(/\/zh-CN\/products\?county=jingtai&kind=honey&certified=1&sort=price_desc$/)
    await expect(page.getByText("共 3 件商品").count()).resolves.toBe(1)
    const cards = page.getByRole("main").getByRole("article")
    await expect(cards.first().textContent()).resolves.toContain("津景蜜园巢蜜")
    await expect(page.getByRole("link", { name: "移除条件：蜂蜜" }).count()).resolves.toBe(1)
    await shot(page, "listing")

    // The language switch keeps the page and its filters.
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(/\/en\/products\?county=jingtai&kind=honey&certified=1&sort=price_desc$/)
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en")
    await expect(heading(page)).resolves.toBe("All products")
    await expect(page.getByText("3 products").count()).resolves.toBe(1)
    await expect(cards.first().textContent()).resolves.toContain("Jinjing apiary comb honey")
    await expect(page.getByRole("link", { name: "Remove filter: Jingtai County" }).count()).resolves.toBe(1)
    await shot(page, "listing-en")

    await page.getByRole("link", { name: "Remove filter: Honey" }).click()
    await page.waitForURL(/\/en\/products\?county=jingtai&certified=1&sort=price_desc$/)
    await expect(page.locator("#desktop-kind").inputValue()).resolves.toBe("")

    await page.getByRole("link", { name: "Jingtai wildflower honey" }).click()
    await page.waitForURL(/\/en\/products\/jingtai-wildflower-honey$/)
    await expect(heading(page)).resolves.toBe("Jingtai wildflower honey")
    await expect(page.getByTestId("certificate-number").textContent()).resolves.toBe("XFBF-GS-2025-0107")
    // The gallery: the product's photo, then its county's landscape.
    await page.getByRole("button", { name: "Show image 2" }).click()
    await expect(
      page
        .getByRole("region", { name: "Product images" })
        .getByRole("img", { name: "Jingtai County landscape" })
        .count()
    ).resolves.toBe(1)
    // The demo pictures are WebP files of the backend, fetched through the shop's own /static/ and resized by Next.
    const landscape = page.getByRole("region", { name: "Product images" }).getByRole("img").first()
    await expect(landscape.getAttribute("src")).resolves.toMatch(
      /^\/_next\/image\?url=%2Fstatic%2F[^&]+\.webp&/
    )
    await expect(
      landscape.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))
    ).resolves.toBeGreaterThan(0)
    await page.getByRole("radio", { name: /1 kg/ }).check({ force: true })
    await expect(page.getByText("¥128.00").first().isVisible()).resolves.toBe(true)
    await shot(page, "product-en")
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByRole("status").filter({ hasText: "Added to your cart" }).waitFor()
    await expect(page.getByTestId("cart-link").getAttribute("aria-label")).resolves.toBe("Cart, 1 item")

    await page.getByRole("link", { name: "中文" }).click()
    await page.waitForURL(/\/zh-CN\/products\/jingtai-wildflower-honey$/)
    await expect(heading(page)).resolves.toBe("景泰百花蜜")
  })

  it("does not sell the sold-out tote, and says so in words if the button is forced", async () => {
    const page = await newShopper(browser, "phone")
    const shot = shotsAtBothWidths("sold-out")
    await page.goto("/zh-CN/products/heartlink-tote-bag")
    await expect(heading(page)).resolves.toBe("心连心帆布袋")
    await expect(page.getByTestId("stock-state").textContent()).resolves.toBe("已售罄")
    const button = page.getByRole("button", { name: "已售罄" })
    await expect(button.isDisabled()).resolves.toBe(true)
    await shot(page, "tote")

    // A page loaded before the last one sold would still offer the button: the backend refuses, in words.
    await button.evaluate((element) => element.removeAttribute("disabled"))
    await page.locator("#quantity").evaluate((element) => element.removeAttribute("disabled"))
    await button.click()
    const alert = page.getByRole("alert").filter({ hasText: "库存不够" })
    await alert.waitFor()
    await expect(page.getByTestId("cart-link").getAttribute("aria-label")).resolves.toBe("购物车 0 件商品")
    await shot(page, "tote-refused")
  })
})
