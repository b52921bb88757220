import { regionPath } from "../../../modules/aid/utils/region-tree"
import type { AttributionSnapshot, PairingSnapshot } from "../../../modules/aid-ledger/types"

export type AttributedProduct = {
  id: string
  cooperative?: { id: string; name: string; households: number; county_id: string } | null
  certificate?: { number: string; valid_from: string | Date; valid_to: string | Date } | null
}
export type Region = { id: string; parent_id: string | null; level: string; name: string }
export type Pairing = {
  id: string
  since_year: number
  region_id: string
  donor: { id: string; name: string }
}

/** Who a sale of this product helps at `at`: its cooperative's county, the places above it and their pairings. */
export function attribute(
  product: AttributedProduct,
  regions: Region[],
  pairings: Pairing[],
  at: string
): AttributionSnapshot | undefined {
  const cooperative = product.cooperative
  if (!cooperative) return undefined
  const path = regionPath(regions, cooperative.county_id)
  const at_level = (level: string) => path.find((region) => region.level === level) ?? null
  const county = at_level("county")
  const prefecture = at_level("prefecture")
  const province = at_level("province")
  const pathIds = new Set(path.map((region) => region.id))
  const names = new Map(path.map((region) => [region.id, region.name]))
  const certificate = product.certificate
  const time = Date.parse(at)
  const certified =
    !!certificate &&
    Date.parse(String(certificate.valid_from)) <= time &&
    time <= Date.parse(String(certificate.valid_to))
  return {
    cooperative_id: cooperative.id,
    cooperative_name: cooperative.name,
    households: cooperative.households,
    county_id: county?.id ?? cooperative.county_id,
    county_name: county?.name ?? "",
    prefecture_id: prefecture?.id ?? null,
    prefecture_name: prefecture?.name ?? null,
    province_id: province?.id ?? null,
    province_name: province?.name ?? null,
    pairings: pairings
      .filter((pairing) => pathIds.has(pairing.region_id))
      .map((pairing): PairingSnapshot => ({
        id: pairing.id,
        donor_id: pairing.donor.id,
        donor_name: pairing.donor.name,
        region_id: pairing.region_id,
        region_name: names.get(pairing.region_id) ?? "",
        since_year: pairing.since_year,
      })),
    certified,
    certificate_number: certificate?.number ?? null,
  }
}
