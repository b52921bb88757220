import type { portal as reference } from "../zh-CN/portal"

export const portal: typeof reference = {
  portal: {
    title: "Cooperative portal",
  },
}
