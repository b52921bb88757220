import type { Market } from "../../scripts/lib/throwaway-market"

/** The storefront pages Lighthouse measures, as a shopper on a phone opens them. */
const PAGES = [
  { name: "home", path: "/zh-CN" },
  { name: "listing", path: "/zh-CN/products" },
  { name: "product", path: "/zh-CN/products/jingtai-wildflower-honey" },
]
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const
const RUNS = 5

export type PageScore = {
  page: string
  path: string
  runs: number
  /** Each run's performance score, in the order they ran: the spread says how far to trust the median. */
  performanceRuns: number[]
  /** Median of the runs, 0–100. */
  scores: Record<(typeof CATEGORIES)[number], number>
  /** JavaScript the page loads before it is usable, as sent over the wire (compressed), in KB. */
  firstLoadJsKb: number
  lcpMs: number
  cls: number
}

type Report = NonNullable<Awaited<ReturnType<typeof import("lighthouse").default>>>["lhr"]

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

type NetworkItem = { resourceType?: string; transferSize?: number; url?: string }

/** Lighthouse (mobile defaults: emulated phone, simulated slow 4G) on each page, in Debian's Chromium. */
export async function benchStorefront(market: Market, log: (line: string) => void): Promise<PageScore[]> {
  const { default: lighthouse } = await import("lighthouse")
  const { launch } = await import("chrome-launcher")
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
  try {
    const results: PageScore[] = []
    for (const page of PAGES) {
      // One run first, not counted: the storefront's data cache and the pages Next prefetches are then warm,
      // as in a shop that is open.
      log(`lighthouse ${page.path} (warm-up) …`)
      await lighthouse(`${market.storefrontUrl}${page.path}`, {
        port: chrome.port,
        logLevel: "error",
        onlyCategories: ["performance"],
      })
      const runs: Report[] = []
      for (let run = 0; run < RUNS; run++) {
        log(`lighthouse ${page.path} (run ${run + 1}/${RUNS}) …`)
        const result = await lighthouse(`${market.storefrontUrl}${page.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        })
        if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`)
        runs.push(result.lhr)
      }
      const score = (category: string) =>
        median(runs.map((lhr) => Math.round((lhr.categories[category]?.score ?? 0) * 100)))
      const scripts = (lhr: Report) =>
        ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? [])
          .filter((item) => item.resourceType === "Script")
          .reduce((sum, item) => sum + (item.transferSize ?? 0), 0)
      results.push({
        page: page.name,
        path: page.path,
        runs: RUNS,
        performanceRuns: runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)),
        scores: {
          performance: score("performance"),
          accessibility: score("accessibility"),
          "best-practices": score("best-practices"),
        },
        firstLoadJsKb: Math.round((median(runs.map(scripts)) / 1024) * 10) / 10,
        lcpMs: Math.round(
          median(runs.map((lhr) => lhr.audits["largest-contentful-paint"]?.numericValue ?? 0))
        ),
        cls: median(runs.map((lhr) => lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0)),
      })
    }
    return results
  } finally {
    chrome.kill()
  }
}
