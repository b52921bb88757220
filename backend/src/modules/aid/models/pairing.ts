import { model } from "@medusajs/framework/utils"
import { AidRegion } from "./aid-region"
import { DonorDistrict } from "./donor-district"

/** 对口帮扶关系: a donor district helps an aid region since a given year. */
export const Pairing = model
  .define("pairing", {
    id: model.id({ prefix: "aidpair" }).primaryKey(),
    since_year: model.number(),
    note: model.text().nullable(),
    note_en: model.text().nullable(),
    donor: model.belongsTo(() => DonorDistrict, { mappedBy: "pairings" }),
    region: model.belongsTo(() => AidRegion, { mappedBy: "pairings" }),
  })
  .indexes([
    {
      on: ["donor_id", "region_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
