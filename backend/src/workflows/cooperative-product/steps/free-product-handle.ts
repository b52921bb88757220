import { ContainerRegistrationKeys, toHandle } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

const TRIES = 20

/** Candidate handles: the base, then base-2, base-3, … */
export function handleCandidates(base: string, count = TRIES): string[] {
  return Array.from({ length: count }, (_, index) => (index === 0 ? base : `${base}-${index + 1}`))
}

/**
 * A listing's URL handle from its cooperative and English name (jingtai-wufo-honey-acacia-honey), numbered when
 * taken: Chinese names alone would clash between cooperatives selling the same 土蜂蜜.
 */
export const freeProductHandleStep = createStep(
  "free-cooperative-product-handle",
  async (input: { cooperative_handle: string; title_en: string }, { container }) => {
    const candidates = handleCandidates(toHandle(`${input.cooperative_handle} ${input.title_en}`))
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // Soft-deleted products keep their handle in Medusa's unique index, so they count as taken too.
    const { data } = await query.graph({
      entity: "product",
      fields: ["handle"],
      filters: { handle: candidates },
      withDeleted: true,
    })
    const taken = new Set(data.map((product) => product.handle))
    const free = candidates.find((candidate) => !taken.has(candidate))
    return new StepResponse(free ?? `${candidates[0]}-${Date.now().toString(36)}`)
  }
)
