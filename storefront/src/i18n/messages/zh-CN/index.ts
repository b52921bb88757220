import { account } from "./account"
import { cart } from "./cart"
import { catalog } from "./catalog"
import { common } from "./common"
import { portal } from "./portal"

// One file per domain, so the shop, checkout, account and cooperative portal grow their strings apart.
export const zhCN = { ...common, ...catalog, ...cart, ...account, ...portal }
