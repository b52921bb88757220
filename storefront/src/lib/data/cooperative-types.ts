// What the backend's /cooperative routes answer (backend/src/api/cooperative); amounts in yuan (major units).

import type { MedusaAddress } from "./types"

export type MemberScope = {
  member: { id: string; email: string; name: string }
  cooperative: { id: string; handle: string; name: string; name_en: string; stock_location_id: string | null }
}

export type MemberVariant = {
  id: string
  title: string
  sku: string | null
  metadata: { title_en?: string } | null
  price: number | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export type MemberProduct = {
  id: string
  title: string
  handle: string
  status: "draft" | "published" | "proposed" | "rejected"
  description: string | null
  thumbnail: string | null
  metadata: { title_en?: string; description_en?: string | null } | null
  created_at: string
  images: { id: string; url: string }[]
  variants: MemberVariant[]
}

export type OrderLine = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  shipped_quantity: number
}

export type Parcel = {
  id: string
  carrier: string | null
  tracking_number: string | null
  shipped_at: string | null
  items: { line_item_id: string; quantity: number }[]
}

export type CooperativeOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  shipping_address: MedusaAddress | null
  lines: OrderLine[]
  parcels: Parcel[]
  to_ship: boolean
}

export type ImpactMonth = {
  month: string
  gross: number
  reversals: number
  net: number
  certified_net: number
  orders: number
  items: number
}
