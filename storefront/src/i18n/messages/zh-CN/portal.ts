// zh-CN is the reference: its shape is the type the English file must match.
export const portal = {
  portal: {
    title: "合作社后台",
  },
}
