import { model } from "@medusajs/framework/utils"
import { AidRegion } from "./aid-region"
import { CooperativeMember } from "./cooperative-member"

/** 合作社: the producer that sells; lives in one county. */
export const Cooperative = model.define("cooperative", {
  id: model.id({ prefix: "coop" }).primaryKey(),
  handle: model.text().unique(),
  name: model.text().searchable(),
  name_en: model.text().searchable(),
  story: model.text().nullable(),
  story_en: model.text().nullable(),
  households: model.number().default(0),
  contact_name: model.text().nullable(),
  contact_phone: model.text().nullable(),
  contact_email: model.text().nullable(),
  logo_url: model.text().nullable(),
  county: model.belongsTo(() => AidRegion, { mappedBy: "cooperatives" }),
  members: model.hasMany(() => CooperativeMember, { mappedBy: "cooperative" }),
})
