import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"

import { cartErrorCode, isBackendFailure } from "./backend-errors"

describe("cartErrorCode", () => {
  it("tells out of stock, a wrong promotion code and a lost cart apart", () => {
    const medusa = (message: string, status: number) => new FetchError(message, "", status)
    expect(
      cartErrorCode(medusa("Some variant does not have the required inventory", 400))
    ).toBe("out_of_stock")
    expect(cartErrorCode(medusa("The promotion code WRONG is invalid", 400))).toBe("invalid_promotion")
    expect(cartErrorCode(medusa("Cart id not found", 404))).toBe("cart_not_found")
    expect(cartErrorCode(new TypeError("fetch failed"))).toBe("unavailable")
  })

  it("lets a bug in this app through instead of hiding it", () => {
    expect(isBackendFailure(new RangeError("bug"))).toBe(false)
    expect(() => cartErrorCode(new RangeError("bug"))).toThrow("bug")
  })
})
