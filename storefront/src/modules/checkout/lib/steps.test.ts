import { describe, expect, it } from "vitest"

import { currentStep, stepsDone } from "./steps"

const addressed = { email: "li@example.com", shipping_address: { address_1: "长宁路 1018 号" } }

describe("checkout steps", () => {
  it("starts with the address of a new cart, whatever step the URL asks for", () => {
    expect(currentStep(undefined, {})).toBe("address")
    expect(currentStep("review", {})).toBe("address")
  })

  it("goes on to the first step not done yet", () => {
    expect(currentStep(undefined, addressed)).toBe("shipping")
    expect(currentStep("payment", { ...addressed, shipping_methods: [{}] })).toBe("payment")
  })

  it("lets the buyer go back to change an earlier step", () => {
    const ready = { ...addressed, shipping_methods: [{}], payment_collection: { payment_sessions: [{}] } }
    expect(stepsDone(ready)).toEqual({ address: true, shipping: true, payment: true, review: false })
    expect(currentStep(undefined, ready)).toBe("review")
    expect(currentStep("address", ready)).toBe("address")
    expect(currentStep("nonsense", ready)).toBe("review")
  })
})
