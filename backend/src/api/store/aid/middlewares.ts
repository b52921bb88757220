import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { publicCooperativeFields } from "./cooperatives/public-fields"
import { StoreGetCooperativeParams, StoreListCooperativesParams } from "./cooperatives/validators"

export const storeAidMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/aid/cooperatives",
    middlewares: [
      validateAndTransformQuery(StoreListCooperativesParams, { defaults: publicCooperativeFields, isList: true }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/aid/cooperatives/:handle",
    middlewares: [validateAndTransformQuery(StoreGetCooperativeParams, { defaults: publicCooperativeFields, isList: false })],
  },
  {
    method: ["GET"],
    matcher: "/store/products*",
    middlewares: [
      // Lets the storefront ask for `+cooperative.*` and `+certificate.*` on Medusa's own product routes.
      (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
        req.allowed = [...(req.allowed ?? []), "cooperative", "cooperative.county", "cooperative.county.parent", "certificate"]
        next()
      },
    ],
  },
]
