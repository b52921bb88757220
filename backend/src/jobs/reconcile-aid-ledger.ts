import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileAidLedger } from "../workflows/aid-ledger/reconcile-ledger"

const LOOKBACK_MS = 3 * 24 * 60 * 60 * 1000

/** Hourly: orders changed in the last three days are compared with the ledger and repaired. */
export default async function reconcileAidLedgerJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { checked, repaired } = await reconcileAidLedger(container, {
    since: new Date(Date.now() - LOOKBACK_MS),
  })
  if (repaired) {
    logger.warn(`Aid ledger reconciliation repaired ${repaired} entries over ${checked} orders`)
  } else {
    logger.info(`Aid ledger reconciliation checked ${checked} orders; nothing missing`)
  }
}

export const config = {
  name: "reconcile-aid-ledger",
  schedule: "17 * * * *",
}
