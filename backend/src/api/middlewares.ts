import { defineMiddlewares } from "@medusajs/framework/http"
import { adminAidMiddlewares } from "./admin/aid/middlewares"
import { cooperativeMiddlewares } from "./cooperative/middlewares"
import { storeLedgerMiddlewares } from "./store/aid/ledger-middlewares"
import { storeAidMiddlewares } from "./store/aid/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminAidMiddlewares,
    ...storeAidMiddlewares,
    ...storeLedgerMiddlewares,
    ...cooperativeMiddlewares,
  ],
})
