import { describe, expect, it } from "vitest"

import { loginPath, portalPath, safeNext } from "./paths"

describe("portal paths", () => {
  it("builds portal and login links in the reader's language", () => {
    expect(portalPath("en", "/orders")).toBe("/en/cooperative/orders")
    expect(loginPath("zh-CN", { next: "/cooperative/orders?status=shipped", notice: "expired" })).toBe(
      "/zh-CN/cooperative/login?next=%2Fcooperative%2Forders%3Fstatus%3Dshipped&notice=expired"
    )
    expect(loginPath("zh-CN")).toBe("/zh-CN/cooperative/login")
  })

  it("returns after login only to portal pages, never to another site", () => {
    expect(safeNext("/cooperative/products/prod_1")).toBe("/cooperative/products/prod_1")
    expect(safeNext("/cooperative/orders?status=shipped")).toBe("/cooperative/orders?status=shipped")
    for (const hostile of [
      "https://evil.example",
      "//evil.example",
      "/cooperative//evil.example",
      "/cart",
      null,
    ]) {
      expect(safeNext(hostile)).toBe("/cooperative")
    }
  })
})
