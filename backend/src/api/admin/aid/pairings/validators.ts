import { z } from "@medusajs/framework/zod"
import { adminListParams } from "../validators"

const pairingFields = {
  donor_id: z.string().min(1),
  region_id: z.string().min(1),
  since_year: z.number().int().min(1949).max(2100),
  note: z.string().trim().max(2000).nullish(),
  note_en: z.string().trim().max(2000).nullish(),
}

export const AdminCreatePairing = z.object(pairingFields).strict()
export type AdminCreatePairingType = z.infer<typeof AdminCreatePairing>

export const AdminUpdatePairing = AdminCreatePairing.partial().strict()
export type AdminUpdatePairingType = z.infer<typeof AdminUpdatePairing>

export const AdminListPairingsParams = adminListParams({
  donor_id: z.string().optional(),
  region_id: z.string().optional(),
})
