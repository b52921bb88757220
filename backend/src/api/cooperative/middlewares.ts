import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { COOPERATIVE_ACTOR } from "../../workflows/cooperative-member/create-member-account"
import { CooperativeAcceptInvite } from "./invites/accept/validators"
import { CooperativeListOrders, CooperativeShipLines } from "./orders/validators"
import {
  CooperativeCreateProduct,
  CooperativeUpdateInventory,
  CooperativeUpdateProduct,
} from "./products/validators"
import { readImageFiles } from "./uploads/image-files"

/** Every /cooperative route needs a member's login; staff and customer tokens are not members. */
export const cooperativeMiddlewares: MiddlewareRoute[] = [
  // Opening an invite is the one route a member reaches before having a login.
  ...[
    "/cooperative/me",
    "/cooperative/products*",
    "/cooperative/orders*",
    "/cooperative/impact",
    "/cooperative/uploads",
  ].map((matcher) => ({
    matcher,
    middlewares: [authenticate(COOPERATIVE_ACTOR, ["session", "bearer"])],
  })),
  {
    method: ["POST"],
    matcher: "/cooperative/invites/accept",
    middlewares: [validateAndTransformBody(CooperativeAcceptInvite)],
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
    method: ["POST"],
    matcher: "/cooperative/products/:id/inventory",
    middlewares: [validateAndTransformBody(CooperativeUpdateInventory)],
  },
  {
    method: ["POST"],
    matcher: "/cooperative/uploads",
    middlewares: [readImageFiles],
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
