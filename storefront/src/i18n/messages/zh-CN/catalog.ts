// zh-CN is the reference: its shape is the type the English file must match.
export const catalog = {
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
}
