// zh-CN is the reference: its shape is the type the English file must match.
export const account = {
  account: {
    title: "我的账户",
  },
}
