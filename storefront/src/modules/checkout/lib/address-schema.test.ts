import { describe, expect, it } from "vitest"

import { fromMedusaAddress, parseAddress, toMedusaAddress } from "./address-schema"

const filled = {
  email: "li@example.com",
  name: "李小红",
  phone: "138 0013 8000",
  province: "上海市",
  city: "上海市",
  district: "长宁区",
  street: "长宁路 1018 号",
  postalCode: "200050",
}

describe("parseAddress", () => {
  it("accepts a Chinese address and tidies the mobile number", () => {
    const parsed = parseAddress(filled)
    expect(parsed.ok && parsed.address.phone).toBe("13800138000")
  })

  it("accepts +86 before the number and no postal code", () => {
    expect(parseAddress({ ...filled, phone: "+86 13800138000", postalCode: "" }).ok).toBe(true)
  })

  it("names each wrong field with its reason", () => {
    const parsed = parseAddress({ ...filled, email: "li@", phone: "12345", street: " ", postalCode: "2000" })
    expect(parsed).toEqual({
      ok: false,
      errors: { email: "email", phone: "phone", street: "required", postalCode: "postalCode" },
    })
  })

  it("says required, not malformed, for an empty phone", () => {
    expect(parseAddress({ ...filled, phone: "" })).toMatchObject({ errors: { phone: "required" } })
  })
})

describe("Medusa address mapping", () => {
  it("round-trips through Medusa's fields", () => {
    const parsed = parseAddress(filled)
    if (!parsed.ok) throw new Error("expected a valid address")
    const medusa = toMedusaAddress(parsed.address)
    expect(medusa).toMatchObject({ address_2: "长宁区", country_code: "cn", first_name: "李小红" })
    expect(fromMedusaAddress(medusa, filled.email)).toEqual({ ...filled, phone: "13800138000" })
  })
})
