import { allowFields, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { publicCooperativeFields } from "./cooperatives/public-fields"
import { StoreGetCooperativeParams, StoreListCooperativesParams } from "./cooperatives/validators"
import { StoreAidProductsParams } from "./products/validators"

// Explicit fields only (no `cooperative.*`): the public sees what publicCooperativeFields allows.
const productAidFields = [
  ...publicCooperativeFields.map((field) => `cooperative.${field}`),
  ...["id", "number", "issuer", "valid_from", "valid_to"].map((field) => `certificate.${field}`),
]

export const storeAidMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/aid/cooperatives",
    middlewares: [
      validateAndTransformQuery(StoreListCooperativesParams, {
        defaults: publicCooperativeFields,
        isList: true,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/aid/cooperatives/:handle",
    middlewares: [
      validateAndTransformQuery(StoreGetCooperativeParams, {
        defaults: publicCooperativeFields,
        isList: false,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/aid/products",
    middlewares: [validateAndTransformQuery(StoreAidProductsParams, {})],
  },
  // Lets the storefront ask for `+cooperative.name`, `+certificate.number`, … on Medusa's own product routes.
  ...["/store/products", "/store/products/:id"].map((matcher) => ({
    // No method: method-less middlewares run before Medusa's own query validation.
    matcher,
    middlewares: [allowFields(...productAidFields)],
  })),
]
