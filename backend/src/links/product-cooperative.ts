import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import AidModule from "../modules/aid"

// A cooperative sells many products; a product belongs to at most one cooperative.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  AidModule.linkable.cooperative
)
