import { describe, expect, it } from "vitest"

import { isSoldOut, stockState } from "./stock-state"

describe("stockState", () => {
  it("says in stock, only a few left, or sold out from the inventory quantity", () => {
    expect(stockState({ manage_inventory: true, inventory_quantity: 120 })).toEqual({ state: "in_stock" })
    expect(stockState({ manage_inventory: true, inventory_quantity: 6 })).toEqual({ state: "in_stock" })
    expect(stockState({ manage_inventory: true, inventory_quantity: 5 })).toEqual({ state: "low", left: 5 })
    expect(stockState({ manage_inventory: true, inventory_quantity: 1 })).toEqual({ state: "low", left: 1 })
    expect(stockState({ manage_inventory: true, inventory_quantity: 0 })).toEqual({ state: "sold_out" })
    expect(stockState({ manage_inventory: true, inventory_quantity: -2 })).toEqual({ state: "sold_out" })
  })

  it("never blocks what Medusa would sell: unmanaged stock, backorders, unknown quantity", () => {
    expect(stockState({ manage_inventory: false, inventory_quantity: 0 })).toEqual({ state: "in_stock" })
    expect(stockState({ manage_inventory: true, allow_backorder: true, inventory_quantity: 0 })).toEqual({
      state: "in_stock",
    })
    expect(stockState({ manage_inventory: true })).toEqual({ state: "in_stock" })
  })
})

describe("isSoldOut", () => {
  it("is sold out only when every variant is", () => {
    const none = { manage_inventory: true, inventory_quantity: 0 }
    const some = { manage_inventory: true, inventory_quantity: 3 }
    expect(isSoldOut([none])).toBe(true)
    expect(isSoldOut([none, some])).toBe(false)
    expect(isSoldOut([])).toBe(false)
    expect(isSoldOut(null)).toBe(false)
  })
})
