import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type MemberScope = {
  member: { id: string; email: string; name: string }
  cooperative: { id: string; handle: string; name: string; name_en: string; stock_location_id: string | null }
}

type MemberRow = {
  id: string
  email: string
  name: string
  cooperative?: {
    id: string
    handle: string
    name: string
    name_en: string
    stock_location?: { id: string } | null
  } | null
}

/** The signed-in member and the one cooperative every /cooperative route is limited to. */
export async function memberScope(req: AuthenticatedMedusaRequest): Promise<MemberScope> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative_member",
    fields: [
      "id",
      "email",
      "name",
      "cooperative.id",
      "cooperative.handle",
      "cooperative.name",
      "cooperative.name_en",
      "cooperative.stock_location.id",
    ],
    filters: { id: req.auth_context.actor_id },
  })
  const row = data[0] as MemberRow | undefined
  if (!row?.cooperative) {
    // A token for a member who was removed is no longer a valid login.
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  const { stock_location, ...cooperative } = row.cooperative
  return {
    member: { id: row.id, email: row.email, name: row.name },
    cooperative: { ...cooperative, stock_location_id: stock_location?.id ?? null },
  }
}

/** One of the member's own products, or 404: another cooperative's product looks like no product. */
export async function ownProduct(
  req: AuthenticatedMedusaRequest,
  scope: MemberScope,
  id: string,
  fields: string[]
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [...fields, "cooperative.id"],
    filters: { id },
  })
  const product = data[0] as ({ cooperative?: { id: string } | null } & Record<string, unknown>) | undefined
  if (!product || product.cooperative?.id !== scope.cooperative.id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found`)
  }
  const { cooperative: _cooperative, ...own } = product
  return own
}
