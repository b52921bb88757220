import { describe, expect, it } from "vitest"

import { getMessages } from "@/i18n/messages"

import { formatOrderDate, orderStatusLabel } from "./order-status"

const words = getMessages("zh-CN").account.status

describe("order status and date", () => {
  it("tells a buyer where the order is", () => {
    expect(orderStatusLabel({ status: "pending", fulfillment_status: "not_fulfilled" }, words)).toBe("待发货")
    expect(orderStatusLabel({ status: "pending", fulfillment_status: "shipped" }, words)).toBe("已发货")
    expect(orderStatusLabel({ status: "canceled", fulfillment_status: "shipped" }, words)).toBe("已取消")
  })

  it("dates an order placed at 23:30 UTC on the next day in Shanghai", () => {
    expect(formatOrderDate("2026-03-01T16:30:00Z", "zh-CN")).toBe("2026年3月2日")
  })
})
