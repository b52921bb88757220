import type { SeedCooperativeHandle } from "./cooperatives"

/** The three kinds of goods; product categories in the shop. */
export const seedKinds = [
  { handle: "honey", name: "蜂蜜", name_en: "Honey" },
  { handle: "embroidery", name: "民族刺绣", name_en: "Embroidery" },
  { handle: "farm-goods", name: "农特产品", name_en: "Farm goods" },
] as const

type Kind = (typeof seedKinds)[number]["handle"]

export type SeedProduct = {
  handle: string
  /** null: not one of the three aid kinds. */
  kind: Kind | null
  /** null: sold by the platform itself, so not an aid product. */
  cooperative: SeedCooperativeHandle | null
  title: string
  title_en: string
  description: string
  description_en: string
  /** Option name (zh, en) and one variant per value; price in yuan (major units). */
  option: { title: string; title_en: string }
  variants: {
    value: string
    value_en: string
    sku: string
    price: number
    stock: number
  }[]
  /** Certificate number, or null for a product that is not certified. */
  certificate: string | null
}

const weight = { title: "规格", title_en: "Size" }
const colour = { title: "颜色", title_en: "Colour" }
const piece = { title: "款式", title_en: "Style" }

export const seedProducts: SeedProduct[] = [
  {
    handle: "jingtai-wildflower-honey",
    kind: "honey",
    cooperative: "jingtai-wufo-honey",
    certificate: "XFBF-GS-2025-0107",
    title: "景泰百花蜜",
    title_en: "Jingtai wildflower honey",
    description: "五佛乡花田里采来的百花蜜，自然成熟，不添加。",
    description_en: "Wildflower honey from the fields of Wufo, ripened in the hive, nothing added.",
    option: weight,
    variants: [
      {
        value: "500克",
        value_en: "500 g",
        sku: "JT-HONEY-500",
        price: 68,
        stock: 120,
      },
      {
        value: "1千克",
        value_en: "1 kg",
        sku: "JT-HONEY-1000",
        price: 128,
        stock: 60,
      },
    ],
  },
  {
    handle: "jingtai-goji-honey",
    kind: "honey",
    cooperative: "jingtai-wufo-honey",
    certificate: "XFBF-GS-2025-0108",
    title: "景泰枸杞蜜",
    title_en: "Jingtai goji honey",
    description: "蜜蜂采自枸杞花，颜色浅琥珀，微带草本香。",
    description_en: "From goji blossom: light amber with a gentle herbal note.",
    option: weight,
    variants: [
      {
        value: "500克",
        value_en: "500 g",
        sku: "JT-GOJI-500",
        price: 78,
        stock: 80,
      },
    ],
  },
  {
    handle: "jingtai-comb-honey",
    kind: "honey",
    cooperative: "jingtai-wufo-honey",
    certificate: "XFBF-GS-2025-0109",
    title: "津景蜜园巢蜜",
    title_en: "Jinjing apiary comb honey",
    description: "整块蜂巢连蜜封装，来自天津西青捐赠的蜂箱。",
    description_en: "Whole comb sealed with its honey, from the hives donated by Xiqing, Tianjin.",
    option: weight,
    variants: [
      {
        value: "400克",
        value_en: "400 g",
        sku: "JT-COMB-400",
        price: 98,
        stock: 40,
      },
    ],
  },
  {
    handle: "maiji-wild-honey",
    kind: "honey",
    cooperative: "maiji-huaniu-farm",
    certificate: "XFBF-GS-2025-0211",
    title: "麦积土蜂蜜",
    title_en: "Maiji wild-hive honey",
    description: "中华蜂一年只取一次的土蜂蜜，浓稠醇厚。",
    description_en: "Honey of the Chinese bee, taken once a year: thick and rich.",
    option: weight,
    variants: [
      {
        value: "500克",
        value_en: "500 g",
        sku: "MJ-HONEY-500",
        price: 88,
        stock: 70,
      },
    ],
  },
  {
    handle: "honghe-hani-shoulder-bag",
    kind: "embroidery",
    cooperative: "honghe-embroidery",
    certificate: "XFBF-YN-2025-0301",
    title: "哈尼族刺绣挎包",
    title_en: "Hani embroidered shoulder bag",
    description: "靛蓝土布上绣满哈尼几何纹，每只都由绣娘手工完成，约需五天。",
    description_en:
      "Hani geometric stitching on indigo homespun; each bag takes an embroiderer about five days.",
    option: colour,
    variants: [
      {
        value: "靛蓝",
        value_en: "Indigo",
        sku: "HH-HANI-BAG-IND",
        price: 168,
        stock: 25,
      },
      {
        value: "黑色",
        value_en: "Black",
        sku: "HH-HANI-BAG-BLK",
        price: 168,
        stock: 18,
      },
    ],
  },
  {
    handle: "honghe-yi-cushion-cover",
    kind: "embroidery",
    cooperative: "honghe-embroidery",
    certificate: "XFBF-YN-2025-0302",
    title: "彝族刺绣抱枕套",
    title_en: "Yi embroidered cushion cover",
    description: "红、黄、黑三色的彝族火纹与太阳纹，45×45厘米。",
    description_en: "Yi fire and sun motifs in red, yellow and black; 45 × 45 cm.",
    option: piece,
    variants: [
      {
        value: "45×45厘米",
        value_en: "45 × 45 cm",
        sku: "HH-YI-CUSHION",
        price: 88,
        stock: 30,
      },
    ],
  },
  {
    handle: "lvchun-hani-scarf",
    kind: "embroidery",
    cooperative: "lvchun-embroidery",
    certificate: "XFBF-YN-2025-0411",
    title: "哈尼族刺绣围巾",
    title_en: "Hani embroidered scarf",
    description: "棉麻围巾两端绣有哈尼彩带纹。",
    description_en: "Cotton-linen scarf with Hani ribbon bands at both ends.",
    option: colour,
    variants: [
      {
        value: "藏青",
        value_en: "Navy",
        sku: "LC-HANI-SCARF",
        price: 118,
        stock: 35,
      },
    ],
  },
  {
    handle: "lvchun-yi-crossbody-bag",
    kind: "embroidery",
    cooperative: "lvchun-embroidery",
    certificate: "XFBF-YN-2025-0412",
    title: "彝族刺绣斜挎包",
    title_en: "Yi embroidered crossbody bag",
    description: "小巧斜挎包，正面彝族马缨花纹样。",
    description_en: "A small crossbody bag with the Yi rhododendron motif on the front.",
    option: colour,
    variants: [
      {
        value: "红黑",
        value_en: "Red and black",
        sku: "LC-YI-BAG",
        price: 158,
        stock: 20,
      },
    ],
  },
  {
    handle: "jinping-miao-handbag",
    kind: "embroidery",
    cooperative: "jinping-jinping-embroidery",
    certificate: "XFBF-YN-2025-0521",
    title: "苗族刺绣手提包",
    title_en: "Miao embroidered handbag",
    description: "苗绣蝴蝶与飞鸟，红粉绿配色，内衬棉布。",
    description_en: "Miao butterflies and birds in red, pink and green; cotton lining.",
    option: colour,
    variants: [
      {
        value: "红色",
        value_en: "Red",
        sku: "JP-MIAO-BAG",
        price: 198,
        stock: 15,
      },
    ],
  },
  {
    handle: "jinping-yao-scarf",
    kind: "embroidery",
    cooperative: "jinping-jinping-embroidery",
    certificate: "XFBF-YN-2025-0522",
    title: "瑶族刺绣围巾",
    title_en: "Yao cross-stitch scarf",
    description: "瑶族十字绣，红与深蓝相间。",
    description_en: "Yao cross-stitch in red and deep blue.",
    option: colour,
    variants: [
      {
        value: "红蓝",
        value_en: "Red and blue",
        sku: "JP-YAO-SCARF",
        price: 128,
        stock: 28,
      },
    ],
  },
  {
    handle: "jinping-miao-cushion-cover",
    kind: "embroidery",
    cooperative: "jinping-jinping-embroidery",
    certificate: null,
    title: "苗绣蝴蝶抱枕套",
    title_en: "Miao butterfly cushion cover",
    description: "苗族蝴蝶妈妈纹样，新品，认定办理中。",
    description_en: "The Miao butterfly-mother motif; new, certification pending.",
    option: piece,
    variants: [
      {
        value: "45×45厘米",
        value_en: "45 × 45 cm",
        sku: "JP-MIAO-CUSHION",
        price: 98,
        stock: 22,
      },
    ],
  },
  {
    handle: "honghe-terrace-red-rice",
    kind: "farm-goods",
    cooperative: "honghe-terrace-rice",
    certificate: "XFBF-YN-2025-0601",
    title: "红河梯田红米",
    title_en: "Honghe terrace red rice",
    description: "哈尼梯田里种的老品种红米，糙米，香而有嚼劲。",
    description_en: "An old red rice variety from the Hani terraces; whole grain, fragrant and chewy.",
    option: weight,
    variants: [
      {
        value: "2.5千克",
        value_en: "2.5 kg",
        sku: "HH-RICE-2500",
        price: 59,
        stock: 150,
      },
      {
        value: "5千克",
        value_en: "5 kg",
        sku: "HH-RICE-5000",
        price: 108,
        stock: 90,
      },
    ],
  },
  {
    handle: "honghe-red-rice-noodles",
    kind: "farm-goods",
    cooperative: "honghe-terrace-rice",
    certificate: null,
    title: "梯田红米线",
    title_en: "Terrace red rice noodles",
    description: "用梯田红米做的干米线，新品，认定办理中。",
    description_en: "Dried noodles made from terrace red rice; new, certification pending.",
    option: weight,
    variants: [
      {
        value: "1千克",
        value_en: "1 kg",
        sku: "HH-NOODLE-1000",
        price: 36,
        stock: 100,
      },
    ],
  },
  {
    handle: "lvchun-mayu-green-tea",
    kind: "farm-goods",
    cooperative: "lvchun-mayu-tea",
    certificate: "XFBF-YN-2025-0701",
    title: "绿春玛玉绿茶",
    title_en: "Lüchun Mayu green tea",
    description: "高山云雾里的明前绿茶，汤色清亮。",
    description_en: "Early-spring green tea from the misty heights; a clear, bright cup.",
    option: weight,
    variants: [
      {
        value: "250克",
        value_en: "250 g",
        sku: "LC-TEA-250",
        price: 88,
        stock: 60,
      },
      {
        value: "500克",
        value_en: "500 g",
        sku: "LC-TEA-500",
        price: 158,
        stock: 40,
      },
    ],
  },
  {
    handle: "lvchun-mayu-black-tea",
    kind: "farm-goods",
    cooperative: "lvchun-mayu-tea",
    certificate: "XFBF-YN-2025-0702",
    title: "玛玉红茶",
    title_en: "Mayu black tea",
    description: "玛玉茶鲜叶制成的红茶，蜜香甜润。",
    description_en: "Black tea from Mayu leaves: honeyed and smooth.",
    option: weight,
    variants: [
      {
        value: "250克",
        value_en: "250 g",
        sku: "LC-BLACK-250",
        price: 98,
        stock: 45,
      },
    ],
  },
  {
    handle: "maiji-huaniu-apples",
    kind: "farm-goods",
    cooperative: "maiji-huaniu-farm",
    certificate: "XFBF-GS-2025-0212",
    title: "花牛苹果",
    title_en: "Huaniu apples",
    description: "麦积山下的元帅系花牛苹果，果肉细脆，香气浓。",
    description_en: "Huaniu Delicious apples from below Maiji Mountain: fine, crisp and fragrant.",
    option: weight,
    variants: [
      {
        value: "5千克",
        value_en: "5 kg",
        sku: "MJ-APPLE-5",
        price: 69,
        stock: 200,
      },
      {
        value: "10千克",
        value_en: "10 kg",
        sku: "MJ-APPLE-10",
        price: 119,
        stock: 120,
      },
    ],
  },
  {
    handle: "maiji-black-fungus",
    kind: "farm-goods",
    cooperative: "maiji-huaniu-farm",
    certificate: "XFBF-GS-2025-0213",
    title: "麦积木耳",
    title_en: "Maiji wood-ear fungus",
    description: "椴木栽培的黑木耳，晒干装袋，泡发率高。",
    description_en: "Log-grown black wood-ear, sun-dried; swells well when soaked.",
    option: weight,
    variants: [
      {
        value: "250克",
        value_en: "250 g",
        sku: "MJ-FUNGUS-250",
        price: 45,
        stock: 90,
      },
    ],
  },
  {
    handle: "maiji-sichuan-pepper",
    kind: "farm-goods",
    cooperative: "maiji-huaniu-farm",
    certificate: null,
    title: "麦积花椒",
    title_en: "Maiji Sichuan pepper",
    description: "大红袍花椒，麻香浓郁，认定办理中。",
    description_en: "Dahongpao Sichuan pepper, strongly numbing and fragrant; certification pending.",
    option: weight,
    variants: [
      {
        value: "200克",
        value_en: "200 g",
        sku: "MJ-PEPPER-200",
        price: 38,
        stock: 75,
      },
    ],
  },
  {
    handle: "heartlink-tote-bag",
    kind: null,
    cooperative: null,
    certificate: null,
    title: "心连心帆布袋",
    title_en: "Heartlink canvas tote",
    description: "平台周边，不属于消费帮扶产品。",
    description_en: "Platform merchandise; not a consumption-aid product.",
    option: piece,
    variants: [
      {
        value: "标准",
        value_en: "Standard",
        sku: "HL-TOTE",
        price: 29,
        stock: 0,
      },
    ],
  },
]
