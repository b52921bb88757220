import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type AidGraphEntity = "aid_region" | "donor_district" | "pairing" | "cooperative" | "certificate"

/** Lists an aid entity with the fields, paging and filters the query middleware prepared. */
export async function listAidRecords(req: MedusaRequest, entity: AidGraphEntity) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    ...req.queryConfig,
    filters: req.filterableFields,
  })
  return {
    data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  }
}

/** One record by a unique filter, or a 404 that says what was looked for. */
export async function retrieveAidRecord(
  req: MedusaRequest,
  entity: AidGraphEntity,
  filters: Record<string, string>,
  fields: string[] = req.queryConfig?.fields ?? ["*"]
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters })
  const record = data[0]
  if (!record) {
    const [key, value] = Object.entries(filters)[0] ?? ["id", ""]
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${entity.replace("_", " ")} with ${key} ${value} was not found`
    )
  }
  return record as Record<string, unknown> & { id: string }
}
