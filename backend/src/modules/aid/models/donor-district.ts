import { model } from "@medusajs/framework/utils"
import { Pairing } from "./pairing"

/** The eastern district that gives help, e.g. 上海市长宁区. */
export const DonorDistrict = model.define("donor_district", {
  id: model.id({ prefix: "aiddonor" }).primaryKey(),
  code: model.text().unique(),
  name: model.text().searchable(),
  name_en: model.text().searchable(),
  pairings: model.hasMany(() => Pairing, { mappedBy: "donor" }),
})
