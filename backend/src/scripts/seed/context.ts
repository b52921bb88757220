import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const resolveQuery = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY)

export type SeedContext = {
  container: MedusaContainer
  logger: Logger
  query: ReturnType<typeof resolveQuery>
}

export function seedContext(container: MedusaContainer): SeedContext {
  return {
    container,
    logger: container.resolve(ContainerRegistrationKeys.LOGGER),
    query: resolveQuery(container),
  }
}

type Row = Record<string, unknown> & { id: string }

/** Rows of an entity by a unique field, so each seed section skips what a previous run already wrote. */
export async function existing(ctx: SeedContext, entity: string, field: string, values: string[]) {
  if (!values.length) {
    return new Map<string, Row>()
  }
  const { data } = await ctx.query.graph({
    entity,
    fields: ["id", field],
    filters: { [field]: values },
  })
  return new Map((data as Row[]).map((row) => [String(row[field]), row]))
}
