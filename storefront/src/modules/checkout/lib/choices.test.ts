import { describe, expect, it } from "vitest"

import { getMessages } from "@/i18n/messages"

import { paymentChoices, shippingChoices } from "./choices"

const checkout = getMessages("zh-CN").checkout

describe("checkout choices", () => {
  it("offers free delivery first, in the buyer's words", () => {
    const options = [
      { id: "so_express", name: "顺丰速运 SF Express", amount: 15, type: { code: "express" } },
      { id: "so_standard", name: "标准快递（包邮）Standard, free", amount: 0, type: { code: "standard" } },
    ]
    expect(shippingChoices(options, checkout, "cny")).toEqual([
      { id: "so_standard", label: "标准快递（包邮）", hint: "3-5 天送达", price: "免运费" },
      { id: "so_express", label: "顺丰速运", hint: "1-2 天送达", price: "¥15.00" },
    ])
  })

  it("offers only the payment providers this shop can complete an order with", () => {
    expect(paymentChoices([{ id: "pp_stripe_stripe" }, { id: "pp_system_default" }], checkout)).toEqual([
      {
        id: "pp_system_default",
        label: "货到付款 / 银行转账",
        hint: "下单时不用付款：收货时付款，或按商城确认订单时告知的账户转账。",
      },
    ])
  })
})
