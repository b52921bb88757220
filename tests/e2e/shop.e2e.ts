import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, newShopper, screenshots } from "./support/browser"
import { backendCall, staffToken } from "./support/market"
import { addToCart, checkout, shanghaiBuyer } from "./support/shopper"

const shanghaiToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())

type ReportRow = { label: string; net: number }

describe("buying in the shop", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser.close()
  })

  it("a guest buys an embroidered bag from 红河州 and honey from 景泰 in one order, sees both counties, and staff see them in the report", async () => {
    const page = await newShopper(browser, "phone")
    const shot = screenshots("guest-two-regions")
    await addToCart(page, "honghe-hani-shoulder-bag")
    await shot(page, "bag-added")
    await addToCart(page, "jingtai-wildflower-honey")
    await page.goto("/zh-CN/cart")
    await expect(page.getByTestId("line-helps").allInnerTexts()).resolves.toEqual([
      "帮扶 红河县 · 红河县绣娘合作社",
      "帮扶 景泰县 · 景泰县五佛乡蜜蜂养殖合作社",
    ])
    await shot(page, "cart")
    const orderId = await checkout(page, shanghaiBuyer, (step) => shot(page, step))
    await expect
      .poll(() => page.getByTestId("helped-counties").innerText(), { timeout: 30_000 })
      .toMatch(/红河县\s+¥168\.00[\s\S]*景泰县\s+¥68\.00/)
    await shot(page, "confirmation")

    const token = await staffToken()
    const day = shanghaiToday()
    const report = await backendCall<{ rows: ReportRow[] }>(
      `/admin/aid/impact?group_by=county&from=${day}&to=${day}`,
      { token }
    )
    expect(report.rows.map((row) => row.label)).toEqual(expect.arrayContaining(["红河县", "景泰县"]))
    const ledger = await backendCall<{ contributions: { county_name: string }[] }>(
      `/admin/aid/ledger?order_id=${orderId}`,
      { token }
    )
    expect(ledger.contributions.map((entry) => entry.county_name).sort()).toEqual(["景泰县", "红河县"])
  })

  it("a customer registers, buys, and sees the order and their impact in the account", async () => {
    const page = await newShopper(browser, "desktop")
    const shot = screenshots("customer-account")
    const email = `buyer-${Date.now()}@heartlink.test`
    await page.goto("/zh-CN/account/register")
    await page.getByLabel("电子邮箱").fill(email)
    await page.getByLabel("姓名").fill("王芳")
    await page.getByLabel("密码").fill("heartlink-2026")
    await shot(page, "register")
    await page.getByRole("button", { name: "注册并登录" }).click()
    await page.waitForURL(/\/zh-CN\/account$/)
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("你好，王芳")
    await addToCart(page, "maiji-huaniu-apples")
    await page.goto("/zh-CN/cart")
    const promotion = page.getByPlaceholder("输入优惠码")
    await promotion.fill("NOSUCHCODE")
    await page.getByRole("button", { name: "使用" }).click()
    await expect
      .poll(() => page.getByRole("alert").allInnerTexts())
      .toContain("这个优惠码无效或已过期，请检查后重试。")
    await promotion.fill("XINLIANXIN10")
    await page.getByRole("button", { name: "使用" }).click()
    await expect
      .poll(() =>
        page
          .getByTestId("cart-discount")
          .innerText()
          .catch(() => "")
      )
      .toBe("−¥6.90")
    await expect(page.getByTestId("cart-total").innerText()).resolves.toBe("¥62.10")
    await shot(page, "cart-with-code")
    // Signed in: the checkout already knows the email.
    const { 电子邮箱: _email, ...address } = shanghaiBuyer
    const orderId = await checkout(page, address, (step) => shot(page, step))
    await expect
      .poll(() => page.getByTestId("helped-counties").innerText(), { timeout: 30_000 })
      .toContain("麦积区")
    await page.goto("/zh-CN/account")
    await expect(page.getByTestId("impact-regions").innerText()).resolves.toContain("麦积区")
    // The ledger counts what the buyer paid for the goods: after the discount.
    await expect(page.getByTestId("impact-totals").innerText()).resolves.toContain("¥62.10")
    await expect(page.getByTestId("account-orders").innerText()).resolves.toContain("¥62.10")
    await shot(page, "account")
    await page.goto(`/zh-CN/account/orders/${orderId}`)
    await expect(page.getByTestId("order-line-aid").innerText()).resolves.toContain(
      "麦积区 · 麦积区花牛果蔬专业合作社"
    )
    await shot(page, "order")
  })
})
