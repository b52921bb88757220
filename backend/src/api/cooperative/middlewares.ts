import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { COOPERATIVE_ACTOR } from "../../workflows/cooperative-member/create-member-account"
import { CooperativeListOrders, CooperativeShipLines } from "./orders/validators"
import { CooperativeCreateProduct, CooperativeUpdateProduct } from "./products/validators"

/** Every /cooperative route needs a member's login; staff and customer tokens are not members. */
export const cooperativeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/cooperative*",
    middlewares: [authenticate(COOPERATIVE_ACTOR, ["session", "bearer"])],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/products",
    middlewares: [validateAndTransformBody(CooperativeCreateProduct)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/products/:id",
    middlewares: [validateAndTransformBody(CooperativeUpdateProduct)],
  },
  {
    method: ["GET"],
    matcher: "/cooperative/orders",
    middlewares: [validateAndTransformQuery(CooperativeListOrders, {})],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/orders/:id/fulfillments",
    middlewares: [validateAndTransformBody(CooperativeShipLines)],
  },
]
