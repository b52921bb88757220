import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createCertificateWorkflow } from "../../workflows/certificate"
import { assignProductsToCooperativeWorkflow } from "../../workflows/cooperative"
import { seedRegions } from "../seed-data/aid-places"
import { seedCooperatives } from "../seed-data/cooperatives"
import { seedKinds, seedProducts, type SeedProduct } from "../seed-data/products"
import { existing, type SeedContext } from "./context"
import { uploadSeedImages } from "./images"

type Basics = {
  salesChannelId: string
  shippingProfileId: string
  dispatchLocationId: string
}

/** Categories, products with CNY prices and stock at their cooperative's location, links and certificates. */
export async function seedCatalog(ctx: SeedContext, basics: Basics, cooperativeIds: Map<string, string>) {
  const categoryIds = await seedCategories(ctx)
  const products = await existing(
    ctx,
    "product",
    "handle",
    seedProducts.map((product) => product.handle)
  )
  const missing = seedProducts.filter((product) => !products.has(product.handle))
  if (!missing.length) {
    return
  }
  const landscapes = [...new Set(missing.flatMap((product) => countyOf(product)?.image ?? []))]
  const images = await uploadSeedImages(ctx, [
    ...missing.map((product) => `products/${product.handle}.svg`),
    ...landscapes,
  ])
  const { result } = await createProductsWorkflow(ctx.container).run({
    input: {
      products: missing.map((product) => productInput(product, basics, categoryIds, images)),
    },
  })
  ctx.logger.info(`Seed: ${result.length} products created`)
  const created = new Map(result.map((product) => [product.handle, product.id]))
  await stockAtCooperatives(ctx, missing, created, cooperativeIds, basics.dispatchLocationId)
  for (const [handle, cooperativeId] of cooperativeIds) {
    const productIds = missing
      .filter((product) => product.cooperative === handle)
      .map((product) => created.get(product.handle) ?? "")
    if (productIds.length) {
      await assignProductsToCooperativeWorkflow(ctx.container).run({
        input: { product_ids: productIds, cooperative_id: cooperativeId },
      })
    }
  }
  for (const product of missing) {
    if (product.certificate) {
      await createCertificateWorkflow(ctx.container).run({
        input: {
          number: product.certificate,
          issuer: product.certificate.includes("-GS-") ? "甘肃省乡村振兴局" : "云南省乡村振兴局",
          valid_from: new Date("2025-01-01T00:00:00+08:00"),
          valid_to: new Date("2027-12-31T23:59:59+08:00"),
          product_id: created.get(product.handle) ?? null,
        },
      })
    }
  }
  ctx.logger.info("Seed: products linked to cooperatives; certificates issued")
}

async function seedCategories(ctx: SeedContext) {
  const rows = await existing(
    ctx,
    "product_category",
    "handle",
    seedKinds.map((kind) => kind.handle)
  )
  const ids = new Map([...rows].map(([handle, row]) => [handle, row.id]))
  const missing = seedKinds.filter((kind) => !ids.has(kind.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(ctx.container).run({
      input: {
        product_categories: missing.map((kind) => ({
          name: kind.name,
          handle: kind.handle,
          is_active: true,
          metadata: { name_en: kind.name_en },
        })),
      },
    })
    result.forEach((category) => ids.set(category.handle, category.id))
  }
  return ids
}

/** The county an aid product comes from; its landscape is the gallery's second picture. */
function countyOf(product: SeedProduct) {
  const county = seedCooperatives.find((cooperative) => cooperative.handle === product.cooperative)?.county
  return seedRegions.find((region) => region.code === county)
}

/** Each picture with its alt text in both languages (image metadata), so the gallery can describe it. */
function productImages(product: SeedProduct, images: Map<string, string>) {
  const photo = images.get(`products/${product.handle}.svg`)
  const region = countyOf(product)
  const landscape = region?.image ? images.get(region.image) : undefined
  return [
    ...(photo ? [{ url: photo, metadata: { alt: product.title, alt_en: product.title_en } }] : []),
    ...(region && landscape
      ? [{ url: landscape, metadata: { alt: `${region.name}风光`, alt_en: `${region.name_en} landscape` } }]
      : []),
  ]
}

function productInput(
  product: SeedProduct,
  basics: Basics,
  categoryIds: Map<string, string>,
  images: Map<string, string>
) {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: "published" as const,
    thumbnail: images.get(`products/${product.handle}.svg`),
    images: productImages(product, images),
    category_ids: product.kind ? [categoryIds.get(product.kind) ?? ""] : [],
    shipping_profile_id: basics.shippingProfileId,
    sales_channels: [{ id: basics.salesChannelId }],
    metadata: {
      title_en: product.title_en,
      description_en: product.description_en,
      option_title_en: product.option.title_en,
    },
    options: [
      {
        title: product.option.title,
        values: product.variants.map((variant) => variant.value),
      },
    ],
    variants: product.variants.map((variant) => ({
      title: variant.value,
      sku: variant.sku,
      manage_inventory: true,
      options: { [product.option.title]: variant.value },
      prices: [{ currency_code: "cny", amount: variant.price }],
      metadata: { title_en: variant.value_en },
    })),
  }
}

async function stockAtCooperatives(
  ctx: SeedContext,
  products: SeedProduct[],
  created: Map<string, string>,
  cooperativeIds: Map<string, string>,
  dispatchLocationId: string
) {
  const { data: cooperatives } = await ctx.query.graph({
    entity: "cooperative",
    fields: ["id", "stock_location.id"],
    filters: { id: [...cooperativeIds.values()] },
  })
  const locationOf = new Map(
    cooperatives.map((cooperative) => [cooperative.id, cooperative.stock_location?.id])
  )
  const { data: variants } = await ctx.query.graph({
    entity: "product_variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { product_id: [...created.values()] },
  })
  const itemOf = new Map(
    variants.map((variant) => [variant.sku, variant.inventory_items?.[0]?.inventory_item_id])
  )
  const levels = products.flatMap((product) => {
    const cooperativeId = product.cooperative ? cooperativeIds.get(product.cooperative) : undefined
    const locationId = (cooperativeId && locationOf.get(cooperativeId)) || dispatchLocationId
    return product.variants.map((variant) => ({
      inventory_item_id: itemOf.get(variant.sku) ?? "",
      location_id: locationId,
      stocked_quantity: variant.stock,
    }))
  })
  await createInventoryLevelsWorkflow(ctx.container).run({
    input: { inventory_levels: levels },
  })
}
