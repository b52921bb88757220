import type { common as reference } from "../zh-CN/common"

export const common: typeof reference = {
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
  nav: {
    label: "Main",
    products: "All products",
    regions: "Aid regions",
    cart: "Cart",
    cartCount: "Cart, {count} items",
    cartCountOne: "Cart, 1 item",
    account: "My account",
    skipToContent: "Skip to content",
  },
  footer: {
    about:
      "Heartlink is an east–west consumption-aid market: every order is counted for the county it helps.",
    cooperativePortal: "Cooperative login",
  },
  languageSwitch: {
    label: "Change language",
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
