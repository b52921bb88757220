import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoAccounts } from "./seed/accounts"
import { seedAidCatalog } from "./seed/aid"
import { seedContext } from "./seed/context"
import { seedCatalog } from "./seed/products"
import { seedDemoPromotion } from "./seed/promotions"
import { seedStore } from "./seed/store"

/**
 * Demo data for Heartlink. Safe to run on every start: each section writes only what is missing,
 * so a crash half-way is repaired by the next run and nothing is added twice.
 */
export default async function seedHeartlink({ container }: ExecArgs) {
  const ctx = seedContext(container)
  const steps = [
    "store, region and shipping",
    "aid regions, pairings and cooperatives",
    "products and stock",
    "demo logins and promotion code",
  ]
  const progress = (index: number) => ctx.logger.info(`Seed [${index + 1}/${steps.length}] ${steps[index]}`)

  progress(0)
  const basics = await seedStore(ctx)
  progress(1)
  const { cooperativeIds } = await seedAidCatalog(ctx)
  progress(2)
  await seedCatalog(ctx, basics, cooperativeIds)
  progress(3)
  if (process.env.NODE_ENV === "production") {
    ctx.logger.info("Seed: production, so no demo logins or promotion code")
  } else {
    await seedDemoAccounts(ctx, cooperativeIds)
    await seedDemoPromotion(ctx)
  }
  ctx.logger.info("Seed: done")
}
