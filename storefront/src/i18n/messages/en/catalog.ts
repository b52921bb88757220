import type { catalog as reference } from "../zh-CN/catalog"

export const catalog: typeof reference = {
  home: {
    heroTitle: "Buy something good, help someone directly",
    heroLine:
      "Consumption aid (消费帮扶): every product here comes from a cooperative in an aid region, and the income goes to the households it supports.",
    productsHeading: "Products",
  },
  catalog: {
    cooperativeLabel: "Cooperative",
    countyLabel: "County",
    noImage: "No image",
    priceUnavailable: "Price unavailable",
    loading: "Loading products…",
    emptyTitle: "No products yet",
    emptyBody: "Products will appear here once the cooperatives list them.",
  },
}
