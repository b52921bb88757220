import { AID_MODULE } from "../../modules/aid"
import {
  aidRegionWorkflows,
  donorDistrictWorkflows,
  pairingWorkflows,
} from "../../workflows/aid-catalog/crud-workflows"
import { createCooperativesWorkflow } from "../../workflows/cooperative"
import { seedRegions, seedDonors, seedPairings } from "../seed-data/aid-places"
import { seedCooperatives } from "../seed-data/cooperatives"
import { existing, type SeedContext } from "./context"
import { uploadSeedImages } from "./images"

/** Regions (parents first), donor districts, pairings and cooperatives; returns ids by code/handle. */
export async function seedAidCatalog(ctx: SeedContext) {
  const regionIds = await seedRegionTree(ctx)
  const donors = await existing(
    ctx,
    "donor_district",
    "code",
    seedDonors.map((donor) => donor.code)
  )
  const newDonors = seedDonors.filter((donor) => !donors.has(donor.code))
  if (newDonors.length) {
    const { result } = await donorDistrictWorkflows.create(ctx.container).run({ input: { data: newDonors } })
    result.forEach((donor) => donors.set(String(donor.code), donor))
  }
  await seedPairingRows(ctx, regionIds, new Map([...donors].map(([code, row]) => [code, row.id])))
  return {
    regionIds,
    cooperativeIds: await seedCooperativeRows(ctx, regionIds),
  }
}

async function seedRegionTree(ctx: SeedContext) {
  const rows = await existing(
    ctx,
    "aid_region",
    "code",
    seedRegions.map((region) => region.code)
  )
  const ids = new Map([...rows].map(([code, row]) => [code, row.id]))
  const images = await uploadSeedImages(
    ctx,
    seedRegions.flatMap((region) => (region.image ? [region.image] : []))
  )
  // Levels in order, so every parent exists before its children.
  for (const level of ["province", "prefecture", "county"] as const) {
    const missing = seedRegions.filter((region) => region.level === level && !ids.has(region.code))
    if (!missing.length) {
      continue
    }
    const data = missing.map(({ parent, image, ...region }) => ({
      ...region,
      parent_id: parent ? ids.get(parent) : null,
      image_url: image ? (images.get(image) ?? null) : null,
    }))
    const { result } = await aidRegionWorkflows.create(ctx.container).run({ input: { data } })
    result.forEach((region) => ids.set(String(region.code), region.id))
    ctx.logger.info(`Seed: ${result.length} aid regions (${level}) created`)
  }
  return ids
}

async function seedPairingRows(
  ctx: SeedContext,
  regionIds: Map<string, string>,
  donorIds: Map<string, string>
) {
  const { data: pairings } = await ctx.query.graph({
    entity: "pairing",
    fields: ["donor_id", "region_id"],
  })
  const have = new Set(pairings.map((pairing) => `${pairing.donor_id}:${pairing.region_id}`))
  const data = seedPairings
    .map(({ donor, region, ...pairing }) => ({
      ...pairing,
      donor_id: donorIds.get(donor) ?? "",
      region_id: regionIds.get(region) ?? "",
    }))
    .filter((pairing) => !have.has(`${pairing.donor_id}:${pairing.region_id}`))
  if (data.length) {
    await pairingWorkflows.create(ctx.container).run({ input: { data } })
    ctx.logger.info(`Seed: ${data.length} pairings created`)
  }
}

async function seedCooperativeRows(ctx: SeedContext, regionIds: Map<string, string>) {
  const rows = await existing(
    ctx,
    "cooperative",
    "handle",
    seedCooperatives.map((cooperative) => cooperative.handle)
  )
  const ids = new Map([...rows].map(([handle, row]) => [handle, row.id]))
  const missing = seedCooperatives.filter((cooperative) => !ids.has(cooperative.handle))
  if (!missing.length) {
    return ids
  }
  const logos = await uploadSeedImages(
    ctx,
    missing.map((cooperative) => `cooperatives/${cooperative.handle}.svg`)
  )
  const cooperatives = missing.map(({ county, ...cooperative }) => ({
    ...cooperative,
    county_id: regionIds.get(county) ?? "",
    logo_url: logos.get(`cooperatives/${cooperative.handle}.svg`) ?? null,
  }))
  const { result } = await createCooperativesWorkflow(ctx.container).run({
    input: { cooperatives },
  })
  result.forEach((cooperative) => ids.set(String(cooperative.handle), cooperative.id))
  ctx.logger.info(
    `Seed: ${result.length} cooperatives created, each with its own stock location (${AID_MODULE})`
  )
  return ids
}
