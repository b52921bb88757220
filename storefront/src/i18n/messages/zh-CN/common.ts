// zh-CN is the reference: its shape is the type the English file must match.
export const common = {
  site: {
    name: "心连心 Heartlink",
    brand: "心连心",
    brandLatin: "Heartlink",
    homeLink: "心连心首页",
  },
  meta: {
    homeTitle: "消费帮扶好物",
    homeDescription: "心连心消费帮扶商城：买下西部合作社的蜂蜜、刺绣和农产品，每一笔消费都记在它帮扶的地区。",
  },
  nav: {
    label: "主导航",
    products: "全部商品",
    regions: "受援地区",
    cart: "购物车",
    cartCount: "购物车 {count} 件商品",
    cartCountOne: "购物车 1 件商品",
    account: "我的账户",
    skipToContent: "跳到正文",
  },
  footer: {
    about: "心连心是东西部协作消费帮扶商城：每一笔订单都记入它帮扶的县。",
    cooperativePortal: "合作社登录",
  },
  languageSwitch: {
    label: "切换语言",
  },
  errors: {
    unavailableTitle: "商品暂时无法加载",
    unavailableBody: "商城服务暂时连接不上，请稍后重试。",
    unexpectedTitle: "页面出错了",
    unexpectedBody: "加载页面时发生了意外错误，请重试。",
    retry: "重试",
    notFoundTitle: "页面不存在",
    notFoundBody: "你要找的页面不存在或已下架。",
    backHome: "返回首页",
  },
}
