import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { existing, type SeedContext } from "./context"

/** The demo promotion code buyers can try in the cart: 10% off the goods. */
export const DEMO_PROMOTION_CODE = "XINLIANXIN10"

export async function seedDemoPromotion(ctx: SeedContext) {
  const found = await existing(ctx, "promotion", "code", [DEMO_PROMOTION_CODE])
  if (found.has(DEMO_PROMOTION_CODE)) {
    return
  }
  await createPromotionsWorkflow(ctx.container).run({
    input: {
      promotionsData: [
        {
          code: DEMO_PROMOTION_CODE,
          type: "standard",
          status: "active",
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: 10,
            currency_code: "cny",
          },
        },
      ],
    },
  })
  ctx.logger.info(`Seed: demo promotion code ${DEMO_PROMOTION_CODE} (10% off the goods) created`)
}
