import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchBrowser, newShopper, screenshots } from "./support/browser"

describe("the shop opens", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser.close()
  })

  it("shows the demo products on the Chinese home page, and the same page in English", async () => {
    const page = await newShopper(browser)
    const shot = screenshots("smoke")
    await page.goto("/")
    await expect.poll(() => page.url()).toMatch(/\/zh-CN$/)
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("买一份好物")
    await shot(page, "home-zh")
    await page.getByRole("link", { name: "English" }).click()
    await page.waitForURL(/\/en$/)
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en")
    await shot(page, "home-en")
  })
})
