import { describe, expect, it } from "vitest"

import { fieldErrors, LoginSchema, RegisterSchema, safeNext } from "./credentials"

describe("account forms", () => {
  it("names each wrong field of a registration", () => {
    const result = RegisterSchema.safeParse({ email: "x", password: "short", name: "", phone: "123" })
    expect(result.success).toBe(false)
    expect(fieldErrors(result.error?.issues ?? [])).toEqual({
      email: "email",
      password: "password",
      name: "required",
      phone: "phone",
    })
  })

  it("accepts a registration without a phone number", () => {
    expect(
      RegisterSchema.safeParse({ email: "li@example.com", password: "12345678", name: "李", phone: "" })
        .success
    ).toBe(true)
  })

  it("asks for both login fields", () => {
    const result = LoginSchema.safeParse({ email: "", password: "" })
    expect(fieldErrors(result.error?.issues ?? [])).toEqual({ email: "required", password: "required" })
  })

  it("only sends the buyer back to a page of this site", () => {
    expect(safeNext("/zh-CN/checkout", "/zh-CN/account")).toBe("/zh-CN/checkout")
    expect(safeNext("//evil.example", "/zh-CN/account")).toBe("/zh-CN/account")
    expect(safeNext("https://evil.example", "/zh-CN/account")).toBe("/zh-CN/account")
  })
})
