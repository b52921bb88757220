// zh-CN is the reference: its shape is the type the English file must match.
export const cart = {
  cart: {
    title: "购物车",
  },
}
