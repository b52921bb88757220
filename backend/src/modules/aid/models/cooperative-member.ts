import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"

/** A person who logs in to run one cooperative's listings (auth actor type `cooperative`). */
export const CooperativeMember = model.define("cooperative_member", {
  id: model.id({ prefix: "coopmem" }).primaryKey(),
  email: model.text().unique().searchable(),
  name: model.text(),
  phone: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "members" }),
})
