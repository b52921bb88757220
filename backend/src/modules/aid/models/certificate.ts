import { model } from "@medusajs/framework/utils"

/** 消费帮扶产品认定: the certificate that makes a product count in official statistics. */
export const Certificate = model.define("certificate", {
  id: model.id({ prefix: "aidcert" }).primaryKey(),
  number: model.text().unique(),
  issuer: model.text(),
  valid_from: model.dateTime(),
  valid_to: model.dateTime(),
})
