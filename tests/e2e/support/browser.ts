import { mkdirSync } from "node:fs"
import path from "node:path"
import { chromium, type Browser, type Page } from "playwright-core"
import { market } from "./market"

// Debian's Chromium; as root it needs no sandbox, and the closed network needs the background fetches off.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

export const artifactsDir = path.resolve(__dirname, "..", "..", "artifacts", "e2e")

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

export type Viewport = "phone" | "desktop"
const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } }

/** A fresh browser context (no cookies) on the storefront, Chinese first like a buyer in China. */
export async function newShopper(browser: Browser, viewport: Viewport = "desktop"): Promise<Page> {
  const context = await browser.newContext({
    baseURL: market().storefrontUrl,
    viewport: viewports[viewport],
    locale: "zh-CN",
  })
  return context.newPage()
}

/** Keeps a full-page screenshot of a step under tests/artifacts/e2e/<journey>/<nn>-<step>.png. */
export function screenshots(journey: string) {
  const dir = path.join(artifactsDir, journey)
  mkdirSync(dir, { recursive: true })
  let count = 0
  return async (page: Page, step: string) => {
    count += 1
    const file = path.join(dir, `${String(count).padStart(2, "0")}-${step}.png`)
    // From the top, so the sticky header sits where a shopper sees it.
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: file, fullPage: true })
    return file
  }
}
