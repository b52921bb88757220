import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreAidOrderParams } from "./orders/validators"

/** Who may read which part of the ledger from the storefront. */
export const storeLedgerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/aid/orders/:id",
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformQuery(StoreAidOrderParams, {}),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/customers/me/aid",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
]
