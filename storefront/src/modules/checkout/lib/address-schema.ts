import { z } from "zod"

import type { MedusaAddress } from "@/lib/data/types"

/** Why a field was refused; the form words each code from the catalogue. */
export type AddressErrorCode = "required" | "email" | "phone" | "postalCode"

export const addressFields = [
  "email",
  "name",
  "phone",
  "province",
  "city",
  "district",
  "street",
  "postalCode",
] as const
export type AddressField = (typeof addressFields)[number]

const required = (max: number) => z.string().trim().min(1, "required").max(max, "required")

/** A Chinese delivery address: mainland mobile numbers, optional 6-digit postal code. */
export const AddressSchema = z.object({
  email: z.string().trim().min(1, "required").pipe(z.email("email")),
  name: required(60),
  phone: z
    .string()
    .trim()
    .min(1, "required")
    // Spaces and dashes people type inside a number are not part of it.
    .transform((value) => value.replace(/[\s-]/g, "").replace(/^\+?86/, ""))
    .pipe(z.string().regex(/^1[3-9]\d{9}$/, "phone")),
  province: required(40),
  city: required(40),
  district: required(40),
  street: required(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "postalCode"),
})
export type Address = z.infer<typeof AddressSchema>

export type AddressParse =
  { ok: true; address: Address } | { ok: false; errors: Partial<Record<AddressField, AddressErrorCode>> }

export function parseAddress(input: Record<AddressField, string>): AddressParse {
  const result = AddressSchema.safeParse(input)
  if (result.success) return { ok: true, address: result.data }
  const errors: Partial<Record<AddressField, AddressErrorCode>> = {}
  for (const issue of result.error.issues) {
    const field = issue.path[0] as AddressField
    errors[field] ??= issue.message as AddressErrorCode
  }
  return { ok: false, errors }
}

/** Medusa's address fields: the district goes in address_2, the whole name in first_name. */
export function toMedusaAddress(address: Address) {
  return {
    first_name: address.name,
    last_name: "",
    phone: address.phone,
    province: address.province,
    city: address.city,
    address_2: address.district,
    address_1: address.street,
    postal_code: address.postalCode,
    country_code: "cn",
  }
}

/** Back from Medusa's fields to the form's, to prefill it. */
export function fromMedusaAddress(
  address: MedusaAddress | null | undefined,
  email: string | null | undefined
): Record<AddressField, string> {
  const name = [address?.last_name, address?.first_name].filter(Boolean).join("")
  return {
    email: email ?? "",
    name,
    phone: address?.phone ?? "",
    province: address?.province ?? "",
    city: address?.city ?? "",
    district: address?.address_2 ?? "",
    street: address?.address_1 ?? "",
    postalCode: address?.postal_code ?? "",
  }
}
