// The reference catalogue: its shape is the Messages type every other locale must match.
export const zhCN = {
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
  languageSwitch: {
    label: "切换语言",
  },
  home: {
    heroTitle: "买一份好物，连一份心意",
    heroLine: "消费帮扶：你在这里买的每件商品，都来自受援地的合作社，收入直接帮扶当地农户。",
    productsHeading: "在售商品",
  },
  catalog: {
    cooperativeLabel: "合作社",
    countyLabel: "产地",
    noImage: "暂无图片",
    priceUnavailable: "暂无价格",
    loading: "正在加载商品…",
    emptyTitle: "暂无商品",
    emptyBody: "合作社的商品上架后会显示在这里。",
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
