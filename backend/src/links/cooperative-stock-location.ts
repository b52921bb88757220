import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import AidModule from "../modules/aid"

// Each cooperative ships from its own stock location.
export default defineLink(AidModule.linkable.cooperative, StockLocationModule.linkable.stockLocation)
