import {
  createApiKeysWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import { writeFile } from "node:fs/promises"
import type { SeedContext } from "./context"

export const STOREFRONT_KEY_TITLE = "心连心商城 Heartlink storefront"
const DISPATCH_LOCATION = "心连心发货中心 Heartlink dispatch"

type StoreBasics = {
  salesChannelId: string
  regionId: string
  shippingProfileId: string
  dispatchLocationId: string
  publishableKey: string
}

/** CNY, zh-CN first, a mainland China region, a storefront key and two shipping methods. */
export async function seedStore(ctx: SeedContext): Promise<StoreBasics> {
  const { data: stores } = await ctx.query.graph({
    entity: "store",
    fields: ["id", "name", "default_sales_channel_id", "supported_currencies.currency_code"],
  })
  const store = stores[0]
  if (!store?.default_sales_channel_id) {
    throw new Error("Medusa's default store is missing; run migrations first (medusa db:migrate)")
  }
  const salesChannelId = store.default_sales_channel_id
  if (store.name !== "心连心 Heartlink") {
    await updateStoresWorkflow(ctx.container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "心连心 Heartlink",
          supported_currencies: [{ currency_code: "cny", is_default: true }],
          supported_locales: [{ locale_code: "zh-CN" }, { locale_code: "en-US" }],
        },
      },
    })
  }
  const regionId = await seedRegion(ctx)
  const shippingProfileId = await seedShippingProfile(ctx)
  const dispatchLocationId = await seedShipping(ctx, salesChannelId, regionId, shippingProfileId)
  const publishableKey = await seedPublishableKey(ctx, salesChannelId)
  return {
    salesChannelId,
    regionId,
    shippingProfileId,
    dispatchLocationId,
    publishableKey,
  }
}

async function seedRegion(ctx: SeedContext) {
  const { data: regions } = await ctx.query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
  })
  const found = regions.find((region) => region.currency_code === "cny")
  if (found) {
    return found.id
  }
  const { result } = await createRegionsWorkflow(ctx.container).run({
    input: {
      regions: [
        {
          name: "中国大陆 Mainland China",
          currency_code: "cny",
          countries: ["cn"],
          payment_providers: ["pp_system_default"],
          automatic_taxes: true,
        },
      ],
    },
  })
  // Prices in China include VAT already.
  await createTaxRegionsWorkflow(ctx.container).run({
    input: [{ country_code: "cn", provider_id: "tp_system" }],
  })
  ctx.logger.info("Seed: region 中国大陆 (CNY) created")
  return result[0]?.id ?? ""
}

async function seedShippingProfile(ctx: SeedContext) {
  const { data: profiles } = await ctx.query.graph({
    entity: "shipping_profile",
    fields: ["id", "type"],
  })
  const found = profiles.find((profile) => profile.type === "default")
  if (found) {
    return found.id
  }
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ name: "默认 Default", type: "default" }] },
  })
  return result[0]?.id ?? ""
}

async function seedShipping(
  ctx: SeedContext,
  salesChannelId: string,
  regionId: string,
  shippingProfileId: string
) {
  const { data: locations } = await ctx.query.graph({
    entity: "stock_location",
    fields: ["id", "name"],
    filters: { name: DISPATCH_LOCATION },
  })
  if (locations[0]) {
    return locations[0].id
  }
  const { result: created } = await createStockLocationsWorkflow(ctx.container).run({
    input: {
      locations: [
        {
          name: DISPATCH_LOCATION,
          address: { address_1: "长宁区", city: "上海", country_code: "cn" },
        },
      ],
    },
  })
  const locationId = created[0]?.id ?? ""
  await createLinksWorkflow(ctx.container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
      {
        [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      },
    ],
  })
  await createLocationFulfillmentSetWorkflow(ctx.container).run({
    input: {
      location_id: locationId,
      fulfillment_set_data: { name: "全国配送 Nationwide", type: "shipping" },
    },
  })
  const { data: sets } = await ctx.query.graph({
    entity: "stock_location",
    fields: ["fulfillment_sets.id"],
    filters: { id: locationId },
  })
  const fulfillmentSetId = sets[0]?.fulfillment_sets?.[0]?.id ?? ""
  const { result: zones } = await createServiceZonesWorkflow(ctx.container).run({
    input: {
      data: [
        {
          fulfillment_set_id: fulfillmentSetId,
          name: "中国大陆 Mainland China",
          geo_zones: [{ type: "country", country_code: "cn" }],
        },
      ],
    },
  })
  const serviceZoneId = zones[0]?.id ?? ""
  const option = (code: string, label: string, description: string, amount: number) => ({
    name: label,
    price_type: "flat" as const,
    provider_id: "manual_manual",
    service_zone_id: serviceZoneId,
    shipping_profile_id: shippingProfileId,
    type: { label, description, code },
    prices: [
      { currency_code: "cny", amount },
      { region_id: regionId, amount },
    ],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ],
  })
  await createShippingOptionsWorkflow(ctx.container).run({
    input: [
      option("standard", "标准快递（包邮）Standard, free", "3-5 天送达 / 3-5 days", 0),
      option("express", "顺丰速运 SF Express", "1-2 天送达 / 1-2 days", 15),
    ],
  })
  ctx.logger.info("Seed: shipping from the Heartlink dispatch centre created")
  return locationId
}

async function seedPublishableKey(ctx: SeedContext, salesChannelId: string) {
  const { data: keys } = await ctx.query.graph({
    entity: "api_key",
    fields: ["id", "token", "title", "revoked_at"],
    filters: { type: "publishable", title: STOREFRONT_KEY_TITLE },
  })
  let token = keys.find((candidate) => !candidate.revoked_at)?.token
  if (!token) {
    const { result } = await createApiKeysWorkflow(ctx.container).run({
      input: {
        api_keys: [
          {
            title: STOREFRONT_KEY_TITLE,
            type: "publishable",
            created_by: "seed",
          },
        ],
      },
    })
    const created = result[0]
    await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
      input: { id: created?.id ?? "", add: [salesChannelId] },
    })
    token = created?.token ?? ""
  }
  // The storefront reads the key from this file: no manual copy step.
  if (process.env.PUBLISHABLE_KEY_FILE) {
    await writeFile(process.env.PUBLISHABLE_KEY_FILE, `${token}\n`, "utf8")
  }
  return token
}
