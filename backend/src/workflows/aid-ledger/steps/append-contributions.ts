import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AID_LEDGER_MODULE } from "../../../modules/aid-ledger"
import type AidLedgerModuleService from "../../../modules/aid-ledger/service"
import type { NewContribution } from "../../../modules/aid-ledger/types"

/** Appends the planned entries; entries already written are skipped, so a replay writes nothing. */
export const appendContributionsStep = createStep(
  "append-aid-contributions",
  async (entries: NewContribution[], { container }) => {
    const ledger = container.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
    const inserted = await ledger.appendContributions(entries)
    return new StepResponse(inserted, inserted)
  },
  async (inserted, { container }) => {
    if (!inserted?.length) return
    const ledger = container.resolve<AidLedgerModuleService>(AID_LEDGER_MODULE)
    await ledger.withdrawContributions(inserted)
  }
)
