import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import AidModule from "../modules/aid"

// A certified aid product carries exactly one certificate.
export default defineLink(ProductModule.linkable.product, AidModule.linkable.certificate)
