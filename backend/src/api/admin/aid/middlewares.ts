import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { aidAdminFields } from "./query-fields"
import {
  AdminCreateCertificate,
  AdminListCertificatesParams,
  AdminUpdateCertificate,
} from "./certificates/validators"
import {
  AdminCreateCooperative,
  AdminListCooperativesParams,
  AdminUpdateCooperative,
} from "./cooperatives/validators"
import {
  AdminCreateDonorDistrict,
  AdminListDonorDistrictsParams,
  AdminUpdateDonorDistrict,
} from "./donors/validators"
import { AdminCreatePairing, AdminListPairingsParams, AdminUpdatePairing } from "./pairings/validators"
import { AdminCreateAidRegion, AdminListAidRegionsParams, AdminUpdateAidRegion } from "./regions/validators"
import { AdminSetProductCooperative } from "./products/[id]/cooperative/validators"
import { AdminGetAidRecordParams } from "./validators"
import { AdminInviteMember } from "./cooperatives/[id]/members/validators"
import { AdminImpactParams } from "./impact/validators"
import { AdminListLedgerParams, AdminReconcileLedger } from "./ledger/validators"

type Resource = {
  path: string
  fields: readonly string[]
  list: z.ZodType
  create: z.ZodType
  update: z.ZodType
}

const resources: Resource[] = [
  {
    path: "regions",
    fields: aidAdminFields.aid_region,
    list: AdminListAidRegionsParams,
    create: AdminCreateAidRegion,
    update: AdminUpdateAidRegion,
  },
  {
    path: "donors",
    fields: aidAdminFields.donor_district,
    list: AdminListDonorDistrictsParams,
    create: AdminCreateDonorDistrict,
    update: AdminUpdateDonorDistrict,
  },
  {
    path: "pairings",
    fields: aidAdminFields.pairing,
    list: AdminListPairingsParams,
    create: AdminCreatePairing,
    update: AdminUpdatePairing,
  },
  {
    path: "cooperatives",
    fields: aidAdminFields.cooperative,
    list: AdminListCooperativesParams,
    create: AdminCreateCooperative,
    update: AdminUpdateCooperative,
  },
  {
    path: "certificates",
    fields: aidAdminFields.certificate,
    list: AdminListCertificatesParams,
    create: AdminCreateCertificate,
    update: AdminUpdateCertificate,
  },
]

/** Every admin aid route validates its query and body before the handler runs. */
export const adminAidMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/aid/cooperatives/:id/members",
    middlewares: [validateAndTransformBody(AdminInviteMember)],
  },
  {
    method: ["GET"],
    matcher: "/admin/aid/impact",
    middlewares: [validateAndTransformQuery(AdminImpactParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/aid/impact.csv",
    middlewares: [validateAndTransformQuery(AdminImpactParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/admin/aid/ledger",
    middlewares: [validateAndTransformQuery(AdminListLedgerParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/aid/ledger/reconcile",
    middlewares: [validateAndTransformBody(AdminReconcileLedger)],
  },
  {
    method: ["POST"],
    matcher: "/admin/aid/products/:id/cooperative",
    middlewares: [validateAndTransformBody(AdminSetProductCooperative)],
  },
  ...resources.flatMap(({ path, fields, list, create, update }): MiddlewareRoute[] => {
    const base = `/admin/aid/${path}`
    const item = { defaults: [...fields], isList: false }
    return [
      {
        method: ["GET"],
        matcher: base,
        middlewares: [
          validateAndTransformQuery(list, {
            defaults: [...fields],
            isList: true,
          }),
        ],
      },
      {
        method: ["POST"],
        matcher: base,
        middlewares: [
          validateAndTransformBody(create),
          validateAndTransformQuery(AdminGetAidRecordParams, item),
        ],
      },
      {
        method: ["GET", "DELETE"],
        matcher: `${base}/:id`,
        middlewares: [validateAndTransformQuery(AdminGetAidRecordParams, item)],
      },
      {
        method: ["POST"],
        matcher: `${base}/:id`,
        middlewares: [
          validateAndTransformBody(update),
          validateAndTransformQuery(AdminGetAidRecordParams, item),
        ],
      },
    ]
  }),
]
