import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_LEDGER_MODULE } from "../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../modules/aid-ledger/service"
import type { PairingSnapshot } from "../../../modules/aid-ledger/types"
import { minorDigits, toMinor } from "../../../utils/money"
import type { LedgerEntry } from "../plan/types"

/** What the ledger already holds for an order, amounts in minor units. */
export const loadLedgerEntriesStep = createStep(
  "load-ledger-entries",
  async (input: { order_id: string }, { container }) => {
    const ledger = container.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
    const contributions = await ledger.listContributions({ order_id: input.order_id }, { take: null })
    const entries: LedgerEntry[] = contributions.map((entry) => ({
      ...entry,
      pairings: entry.pairings as unknown as PairingSnapshot[],
      amount: toMinor(entry.amount, minorDigits(entry.currency_code)),
    }))
    return new StepResponse(entries)
  }
)
