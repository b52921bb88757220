import type { account as reference } from "../zh-CN/account"

export const account: typeof reference = {
  account: {
    title: "My account",
  },
}
