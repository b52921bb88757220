import type { TestProject } from "vitest/node"
import { stopAll } from "../../../scripts/lib/processes"
import { startThrowawayMarket, type Market } from "../../../scripts/lib/throwaway-market"

declare module "vitest" {
  export interface ProvidedContext {
    market: Market
  }
}

/** One market for every e2e file: production builds, a fresh demo database, free ports. */
export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL
  if (!base) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm test`")
  project.provide(
    "market",
    await startThrowawayMarket(base, "heartlink_e2e", (line) => console.log(`[e2e] ${line}`))
  )
  return async () => {
    await stopAll()
  }
}
