import { Module } from "@medusajs/framework/utils"
import AidLedgerModuleService from "./service"

export const AID_LEDGER_MODULE = "aid_ledger"

export default Module(AID_LEDGER_MODULE, {
  service: AidLedgerModuleService,
})
