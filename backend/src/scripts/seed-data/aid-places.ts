/** Demo aid geography: the regions, donors and pairings named in docs (DESIGN.md "Domain words"). */

export type SeedRegion = {
  code: string
  level: "province" | "prefecture" | "county"
  parent?: string
  name: string
  name_en: string
  story: string
  story_en: string
  image?: string
}

export const seedRegions: SeedRegion[] = [
  {
    code: "yunnan",
    level: "province",
    name: "云南省",
    name_en: "Yunnan",
    image: "regions/yunnan.svg",
    story: "彩云之南，山高谷深，二十多个民族在这里生活。",
    story_en: "South of the clouds: high mountains, deep valleys and more than twenty peoples.",
  },
  {
    code: "honghe",
    level: "prefecture",
    parent: "yunnan",
    name: "红河哈尼族彝族自治州",
    name_en: "Honghe Hani and Yi Autonomous Prefecture",
    image: "regions/honghe-prefecture.svg",
    story: "哈尼梯田层层叠叠，绣娘们把山与水绣进布里。",
    story_en:
      "Terrace after terrace of Hani rice fields; the embroiderers stitch the hills and water into cloth.",
  },
  {
    code: "honghe-county",
    level: "county",
    parent: "honghe",
    name: "红河县",
    name_en: "Honghe County",
    image: "regions/honghe-county.svg",
    story: "梯田红米和哈尼、彝族刺绣是这里的家常手艺。",
    story_en: "Terrace red rice and Hani and Yi embroidery are the everyday crafts here.",
  },
  {
    code: "jinping",
    level: "county",
    parent: "honghe",
    name: "金平苗族瑶族傣族自治县",
    name_en: "Jinping Miao, Yao and Dai Autonomous County",
    image: "regions/jinping.svg",
    story: "边境山区，苗绣和瑶绣代代相传。",
    story_en: "A border mountain county where Miao and Yao embroidery pass from mother to daughter.",
  },
  {
    code: "lvchun",
    level: "county",
    parent: "honghe",
    name: "绿春县",
    name_en: "Lüchun County",
    image: "regions/lvchun.svg",
    story: "云雾茶山上长出玛玉茶，哈尼绣娘在村里开起了合作社。",
    story_en: "Mayu tea grows on misty hills, and Hani embroiderers run their own cooperative.",
  },
  {
    code: "gansu",
    level: "province",
    name: "甘肃省",
    name_en: "Gansu",
    image: "regions/gansu.svg",
    story: "黄河穿省而过，黄土高原上果香蜜甜。",
    story_en: "The Yellow River runs through it; the loess plateau grows sweet fruit and honey.",
  },
  {
    code: "baiyin",
    level: "prefecture",
    parent: "gansu",
    name: "白银市",
    name_en: "Baiyin",
    story: "黄河之滨的工业与农业城市。",
    story_en: "A city of farms and industry on the Yellow River.",
  },
  {
    code: "jingtai",
    level: "county",
    parent: "baiyin",
    name: "景泰县",
    name_en: "Jingtai County",
    image: "regions/jingtai.svg",
    story: "五佛乡的津景蜜园里，一百箱捐赠的蜂箱在花田边嗡嗡作响。",
    story_en:
      "In Wufo township the Jinjing apiary keeps the hundred donated hives humming by the flower fields.",
  },
  {
    code: "tianshui",
    level: "prefecture",
    parent: "gansu",
    name: "天水市",
    name_en: "Tianshui",
    story: "羲皇故里，花牛苹果之乡。",
    story_en: "Home of the Huaniu apple.",
  },
  {
    code: "maiji",
    level: "county",
    parent: "tianshui",
    name: "麦积区",
    name_en: "Maiji District",
    image: "regions/maiji.svg",
    story: "麦积山下果园连片，土蜂蜜、木耳、花椒都出自农家之手。",
    story_en:
      "Orchards below Maiji Mountain; wild honey, wood-ear fungus and Sichuan pepper from family farms.",
  },
]

export const seedDonors = [
  {
    code: "shanghai-changning",
    name: "上海市长宁区",
    name_en: "Changning District, Shanghai",
  },
  {
    code: "tianjin-xiqing",
    name: "天津市西青区",
    name_en: "Xiqing District, Tianjin",
  },
]

export const seedPairings = [
  {
    donor: "shanghai-changning",
    region: "jinping",
    since_year: 1996,
    note: "长宁与金平结对最早，始于1996年。",
    note_en: "Changning's oldest pairing, since 1996.",
  },
  {
    donor: "shanghai-changning",
    region: "honghe-county",
    since_year: 2017,
    note: "东西部协作结对。",
    note_en: "East–west cooperation pairing.",
  },
  {
    donor: "shanghai-changning",
    region: "lvchun",
    since_year: 2017,
    note: "东西部协作结对。",
    note_en: "East–west cooperation pairing.",
  },
  {
    donor: "tianjin-xiqing",
    region: "jingtai",
    since_year: 2017,
    note: "西青捐赠一百箱蜂箱，建起津景蜜园。",
    note_en: "Xiqing donated a hundred hives: the Jinjing apiary.",
  },
  {
    donor: "tianjin-xiqing",
    region: "maiji",
    since_year: 2017,
    note: "消费帮扶把麦积农产品带到天津。",
    note_en: "Consumption aid brings Maiji farm goods to Tianjin.",
  },
]
