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

const scriptBytes = (lhr: Report) =>
  ((lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined)?.items ?? [])
    .filter((item) => item.resourceType === "Script")
    .reduce((sum, item) => sum + (item.transferSize ?? 0), 0)

/** One page's runs as medians, with every run's performance score. */
function summarize(page: (typeof PAGES)[number], runs: Report[]): PageScore {
  const categoryScore = (lhr: Report, category: string) =>
    Math.round((lhr.categories[category]?.score ?? 0) * 100)
  const score = (category: string) => median(runs.map((lhr) => categoryScore(lhr, category)))
  return {
    page: page.name,
    path: page.path,
    runs: runs.length,
    performanceRuns: runs.map((lhr) => categoryScore(lhr, "performance")),
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
    },
    firstLoadJsKb: Math.round((median(runs.map(scriptBytes)) / 1024) * 10) / 10,
    lcpMs: Math.round(median(runs.map((lhr) => lhr.audits["largest-contentful-paint"]?.numericValue ?? 0))),
    cls: median(runs.map((lhr) => lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0)),
  }
}

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
    const audit = (path: string, categories: readonly string[]) =>
      lighthouse(`${market.storefrontUrl}${path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...categories],
      })
    // One run per page first, not counted: the storefront's data cache and the pages Next prefetches are then
    // warm, as in a shop that is open.
    for (const page of PAGES) {
      log(`lighthouse ${page.path} (warm-up) …`)
      await audit(page.path, ["performance"])
    }
    // Rounds over the pages, not one page's runs in a row: this machine's speed drifts over minutes, and a slow
    // stretch then touches every page a little instead of one page a lot.
    const runs = new Map<string, Report[]>(PAGES.map((page) => [page.name, []]))
    for (let run = 0; run < RUNS; run++) {
      for (const page of PAGES) {
        log(`lighthouse ${page.path} (run ${run + 1}/${RUNS}) …`)
        const result = await audit(page.path, CATEGORIES)
        if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`)
        runs.get(page.name)?.push(result.lhr)
      }
    }
    return PAGES.map((page) => summarize(page, runs.get(page.name) ?? []))
  } finally {
    chrome.kill()
  }
}
