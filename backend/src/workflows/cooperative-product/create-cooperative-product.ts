import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AID_MODULE } from "../../modules/aid"
import { freeProductHandleStep } from "./steps/free-product-handle"

export type CooperativeProductInput = {
  cooperative_id: string
  product: {
    title: string
    title_en: string
    description?: string | null
    description_en?: string | null
    images: string[]
    status: "draft" | "published"
    variants: { title: string; title_en?: string; sku: string; price: number; stock: number }[]
  }
}

const OPTION = "规格"

/** A member's new listing: Medusa's product, linked to their cooperative, stocked at its own location. */
export const createCooperativeProductWorkflow = createWorkflow(
  "create-cooperative-product",
  (input: CooperativeProductInput) => {
    const { data: cooperatives } = useQueryGraphStep({
      entity: "cooperative",
      fields: ["id", "handle", "stock_location.id"],
      filters: { id: input.cooperative_id },
    }).config({ name: "load-cooperative" })
    const { data: stores } = useQueryGraphStep({
      entity: "store",
      fields: ["default_sales_channel_id"],
    }).config({ name: "load-store" })
    const { data: profiles } = useQueryGraphStep({
      entity: "shipping_profile",
      fields: ["id"],
      filters: { type: "default" },
    }).config({ name: "load-shipping-profile" })

    const handle = freeProductHandleStep(
      transform({ input, cooperatives }, ({ input, cooperatives }) => ({
        cooperative_handle: String(cooperatives[0]?.handle ?? ""),
        title_en: input.product.title_en,
      }))
    )
    const products = createProductsWorkflow.runAsStep({
      input: transform({ input, stores, profiles, handle }, ({ input, stores, profiles, handle }) => {
        const { product } = input
        return {
          products: [
            {
              title: product.title,
              handle,
              description: product.description ?? undefined,
              status: product.status,
              // The first picture is the one the shop's product cards show.
              thumbnail: product.images[0],
              images: product.images.map((url) => ({ url })),
              shipping_profile_id: profiles[0]?.id,
              sales_channels: stores[0]?.default_sales_channel_id
                ? [{ id: stores[0].default_sales_channel_id }]
                : [],
              metadata: {
                title_en: product.title_en,
                description_en: product.description_en ?? null,
                option_title_en: "Size",
              },
              options: [{ title: OPTION, values: product.variants.map((variant) => variant.title) }],
              variants: product.variants.map((variant) => ({
                title: variant.title,
                sku: variant.sku,
                manage_inventory: true,
                options: { [OPTION]: variant.title },
                prices: [{ currency_code: "cny", amount: variant.price }],
                metadata: { title_en: variant.title_en ?? variant.title },
              })),
            },
          ],
        }
      }),
    })
    const productId = transform({ products }, ({ products }) => products[0]?.id ?? "")
    createRemoteLinkStep(
      transform({ input, productId }, ({ input, productId }) => [
        {
          [Modules.PRODUCT]: { product_id: productId },
          [AID_MODULE]: { cooperative_id: input.cooperative_id },
        },
      ])
    )
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: ["sku", "inventory_items.inventory_item_id"],
      filters: { product_id: productId },
    }).config({ name: "load-new-variants" })
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input, variants, cooperatives }, ({ input, variants, cooperatives }) => {
        const locationId = cooperatives[0]?.stock_location?.id
        if (!locationId) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            "This cooperative has no stock location to stock from"
          )
        }
        return {
          inventory_levels: input.product.variants.map((variant) => ({
            location_id: locationId,
            stocked_quantity: variant.stock,
            inventory_item_id:
              variants.find((v) => v.sku === variant.sku)?.inventory_items?.[0]?.inventory_item_id ?? "",
          })),
        }
      }),
    })
    return new WorkflowResponse(productId)
  }
)
