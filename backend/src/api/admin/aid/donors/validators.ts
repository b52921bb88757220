import { z } from "@medusajs/framework/zod"
import { adminListParams, chineseName, code, englishName } from "../validators"

export const AdminCreateDonorDistrict = z.object({ code, name: chineseName, name_en: englishName }).strict()
export type AdminCreateDonorDistrictType = z.infer<typeof AdminCreateDonorDistrict>

export const AdminUpdateDonorDistrict = AdminCreateDonorDistrict.partial().strict()
export type AdminUpdateDonorDistrictType = z.infer<typeof AdminUpdateDonorDistrict>

export const AdminListDonorDistrictsParams = adminListParams()
