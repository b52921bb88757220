import type { cart as reference } from "../zh-CN/cart"

export const cart: typeof reference = {
  cart: {
    title: "Cart",
  },
}
