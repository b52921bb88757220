import { Module } from "@medusajs/framework/utils"
import AidModuleService from "./service"

export const AID_MODULE = "aid"

export default Module(AID_MODULE, {
  service: AidModuleService,
})
