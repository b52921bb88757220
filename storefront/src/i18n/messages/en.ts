import type { Messages } from "./index"

export const en: Messages = {
  site: {
    name: "Heartlink 心连心",
    brand: "Heartlink",
    brandLatin: "心连心",
    homeLink: "Heartlink home",
  },
  meta: {
    homeTitle: "Consumption-aid goods",
    homeDescription:
      "Heartlink consumption-aid market: buy honey, embroidery and farm goods from cooperatives in western China; every purchase is counted for the region it helps.",
  },
  languageSwitch: {
    label: "Change language",
  },
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
  errors: {
    unavailableTitle: "Products could not be loaded",
    unavailableBody: "The shop service cannot be reached right now. Please try again in a moment.",
    unexpectedTitle: "Something went wrong",
    unexpectedBody: "An unexpected error happened while loading this page. Please try again.",
    retry: "Try again",
    notFoundTitle: "Page not found",
    notFoundBody: "The page you are looking for does not exist or has been taken down.",
    backHome: "Back to home",
  },
}
