import { model } from "@medusajs/framework/utils"
import { Cooperative } from "./cooperative"
import { Pairing } from "./pairing"

/** A node of the aid tree: province → prefecture (州/市) → county (县/区). */
export const AidRegion = model
  .define("aid_region", {
    id: model.id({ prefix: "aidreg" }).primaryKey(),
    code: model.text().unique(),
    level: model.enum(["province", "prefecture", "county"]),
    name: model.text().searchable(),
    name_en: model.text().searchable(),
    story: model.text().nullable(),
    story_en: model.text().nullable(),
    image_url: model.text().nullable(),
    parent: model.belongsTo(() => AidRegion, { mappedBy: "children" }).nullable(),
    children: model.hasMany(() => AidRegion, { mappedBy: "parent" }),
    pairings: model.hasMany(() => Pairing, { mappedBy: "region" }),
    cooperatives: model.hasMany(() => Cooperative, { mappedBy: "county" }),
  })
  .indexes([{ on: ["level"] }])
