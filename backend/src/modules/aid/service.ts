import { MedusaService } from "@medusajs/framework/utils"
import { AidRegion } from "./models/aid-region"
import { Certificate } from "./models/certificate"
import { Cooperative } from "./models/cooperative"
import { CooperativeMember } from "./models/cooperative-member"
import { DonorDistrict } from "./models/donor-district"
import { Pairing } from "./models/pairing"

/** Data and CRUD only; every change goes through a workflow. */
class AidModuleService extends MedusaService({
  AidRegion,
  DonorDistrict,
  Pairing,
  Cooperative,
  CooperativeMember,
  Certificate,
}) {}

export default AidModuleService
