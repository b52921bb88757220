import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { adminHeaders } from "./auth"
import { placeOrder, seedMarket, variantOf } from "./checkout"
import { ledgerClient } from "./ledger-client"

type Headers = { headers: Record<string, string> }

/**
 * The seeded demo market the ledger specs buy from, made in beforeAll so it is in the runner's snapshot:
 * every test starts from this market with no orders. Call it inside a test suite.
 */
export function useLedgerMarket(api: MedusaSuiteOptions["api"], getContainer: () => MedusaContainer) {
  const market = { store: {} as Headers, admin: {} as Headers, honey: "", bag: "" }
  beforeAll(async () => {
    const container = getContainer()
    market.store = await seedMarket(container)
    market.admin = await adminHeaders(container)
    market.honey = await variantOf(api, market.store, "jingtai-wildflower-honey", "500克")
    market.bag = await variantOf(api, market.store, "honghe-hani-shoulder-bag")
  })
  const client = ledgerClient(api, () => market)

  /** ¥136 of 景泰 honey and a ¥168 红河 bag, once the ledger has both lines. */
  const twoRegionOrder = async (options: { email?: string; auth?: string } = {}) => {
    const bothRegions = [
      { variant_id: market.honey, quantity: 2 },
      { variant_id: market.bag, quantity: 1 },
    ]
    const placed = await placeOrder(api, market.store, bothRegions, options)
    await client.settledLedger(placed.order.id, 2)
    return placed
  }
  return { market, twoRegionOrder, ...client }
}
